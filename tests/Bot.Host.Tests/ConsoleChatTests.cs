using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Channels.Console;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The bot with no token: the console chat, composed by Program.Build with the shipped appsettings.json.</summary>
public sealed class ConsoleChatTests : BotTest
{
    protected override bool UsesTelegram => false;

    // Each test starts its bot with a terminal of its own.
    protected override bool StartsBot => false;

    [Theory]
    [InlineData("1", "Valoda: latviešu ✓", "Vai piekrīti?", "Paldies un laipni lūdzam!", "Lūk, ko es protu:")]
    [InlineData("2", "Язык: русский ✓", "Даёшь согласие?", "Спасибо и добро пожаловать!", "Вот что я умею:")]
    [InlineData("3", "Language: English ✓", "Do you agree?", "Thank you, and welcome!", "Here is what I can do:")]
    public async Task StartLanguageConsentAndHelp_WorkInTheTerminal(
        string languageNumber, string confirmation, string question, string welcome, string helpIntro)
    {
        var terminal = new ScriptedTerminal();
        await using var bot = await StartAsync(terminal);

        await terminal.WaitForAsync(LogPath());
        terminal.Type("/start");
        await terminal.WaitForAsync("[A1] Latviešu [A2] Русский [A3] English");
        terminal.Type(languageNumber);
        await terminal.WaitForAsync(confirmation);
        var notice = await terminal.WaitForAsync(question);
        Assert.DoesNotContain("<b>", notice, StringComparison.Ordinal);
        // A number presses a button of the latest message: the notice's first, not the language picker's.
        terminal.Type("1");
        await terminal.WaitForAsync(welcome);
        terminal.Type("/help");
        var help = await terminal.WaitForAsync("/cancel");

        Assert.Contains(helpIntro, help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ButtonsCanBeChosenByLabel_AndTheShippedSettingsMakeTheConsoleUserACoordinator()
    {
        var terminal = new ScriptedTerminal();
        await using var bot = await StartAsync(terminal);

        terminal.Type("/start");
        await terminal.WaitForAsync("[A3] English");
        terminal.Type("english");
        await terminal.WaitForAsync("[B1] ✅ I agree [B2] No, thanks");
        terminal.Type("I AGREE");
        await terminal.WaitForAsync("[C10] 🛡 Review");
        terminal.Type("settings");
        var settings = await terminal.WaitForAsync("[D4] 🌐 Language");

        Assert.Contains("✅ Announcements", settings, StringComparison.Ordinal);
        var member = await bot.InScopeAsync(db => db.Members.SingleAsync());
        Assert.True(member.IsCoordinator);
        Assert.Equal("local", member.ExternalId);
    }

    [Fact]
    public async Task AfterARestart_TheConsoleUserIsStillKnown_InTheirLanguage()
    {
        var first = new ScriptedTerminal();
        await using (var bot = await StartAsync(first))
        {
            first.Type("/start");
            await first.WaitForAsync("[A2] Русский");
            first.Type("2");
            await first.WaitForAsync("Даёшь согласие?");
            first.Type("1");
            await first.WaitForAsync("Спасибо и добро пожаловать!");
        }

        var second = new ScriptedTerminal();
        await using (var bot = await StartAsync(second))
        {
            second.Type("/start");
            await second.WaitForAsync("С возвращением! 👋");
        }
    }

    [Fact]
    public async Task IdeasInTheTerminal_SeveralPeopleTakingTurns_OnOneDatabase()
    {
        var photo = Path.Combine(Path.GetDirectoryName(Database.File)!, "benches.jpg");
        await File.WriteAllBytesAsync(photo, [0xFF, 0xD8, 0xFF, 0xE0]);

        await AsConsoleUser("anna", async terminal =>
        {
            await Onboard(terminal);
            terminal.Type("/idea");
            await terminal.WaitForAsync("up to 120 characters");
            terminal.Type("Benches by the Daugava");
            await terminal.WaitForAsync("up to 2000 characters");
            terminal.Type("Ten benches along the promenade.");
            await terminal.WaitForAsync("Which theme fits it best?");
            terminal.Type("Public space");
            await terminal.WaitForAsync("tap Skip");
            terminal.Type(photo);
            await terminal.WaitForAsync("Where is it?");
            terminal.Type("Skip");
            var preview = await terminal.WaitForAsync("Send it to the city?");
            Assert.Contains($"📷 {photo}", terminal.Everything, StringComparison.Ordinal);
            Assert.Contains("📷 with a photo", preview, StringComparison.Ordinal);
            terminal.Type("Submit");
            await terminal.WaitForAsync("Idea #1 received!");
        });

        await AsConsoleUser("local", async terminal =>
        {
            await Onboard(terminal);
            terminal.Type("/pending");
            await terminal.WaitForAsync("[D1] ✅ Approve [D2] ❌ Reject");
            terminal.Type("Approve");
            await terminal.WaitForAsync("Idea #1: approved ✓");
            // The card's new buttons say which card they are under, and keep its letter.
            await terminal.ShowsAsync("🤖 ↻ Updated: 💡 New idea #1 · Public space\n   [D1] 🔧 Start work [D2] 🏁 Mark implemented");
            Assert.DoesNotContain("Your idea #1", terminal.Everything, StringComparison.Ordinal);
            terminal.Type("/export csv");
            var export = await terminal.WaitForAsync(".csv");
            var path = export[(export.LastIndexOf("📄 ", StringComparison.Ordinal) + 3)..];
            Assert.Contains("Benches by the Daugava", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        });

        await AsConsoleUser("ben", async terminal =>
        {
            await Onboard(terminal);
            terminal.Type("/ideas");
            await terminal.WaitForAsync("[D1] 👍 Support · 0\n   [D2] 🔔 Follow [D3] ⚠️ Report");
            terminal.Type("1");
            await terminal.WaitForAsync("[D1] 💚 You support · 1\n   [D2] 🔕 Unfollow [D3] ⚠️ Report");
            // The redrawn card's buttons still work, by the same names.
            terminal.Type("d2");
            await terminal.WaitForAsync("[D1] 💚 You support · 1\n   [D2] 🔔 Follow [D3] ⚠️ Report");
        });

        // The approval waited for Anna's own terminal, and the coordinator's never showed it.
        await AsConsoleUser("anna", async terminal =>
        {
            await terminal.WaitForAsync("🎉 Your idea #1 “Benches by the Daugava” was approved!");
            terminal.Type("/myideas");
            await terminal.WaitForAsync("📌 approved · 👍 1");
        });
    }

    /// <summary>The README's try-out, literally: a second `dotnet run` as anna next to the first, on one database and one address.</summary>
    [Fact]
    public async Task TwoConsoles_OnOneDatabase_EachShowsOnlyItsOwnPersonsMessages_WithTheirButtons()
    {
        var folder = Path.GetDirectoryName(Database.File)!;
        var address = $"--Urls=http://127.0.0.1:{Ports.Free()}";
        using var coordinator = ConsoleProcess.Start(folder, $"--ConnectionStrings:Bot={Database.ConnectionString}", address);
        await coordinator.WaitForAsync(LogPath());
        using var anna = ConsoleProcess.Start(folder, $"--ConnectionStrings:Bot={Database.ConnectionString}", address, "--Console:UserId=anna");
        await anna.WaitForAsync(LogPath("anna"));

        foreach (var person in new[] { coordinator, anna })
        {
            person.Type("/start");
            await person.WaitForAsync("[A3] English");
            person.Type("3");
            await person.WaitForAsync("[B1] ✅ I agree");
            person.Type("1");
            await person.WaitForAsync("Thank you, and welcome!");
        }

        anna.Type("/idea");
        await anna.WaitForAsync("up to 120 characters");
        anna.Type("1");
        // At a step that asks for text, a number is the answer, not the Cancel button, and the console says how to press it.
        await anna.WaitForAsync("“1” was sent as your answer. To press “✖️ Cancel” instead, type #D1.");
        await anna.WaitForAsync("up to 2000 characters");
        anna.Type("Ten benches along the promenade.");
        await anna.WaitForAsync("Which theme fits it best?");
        anna.Type("Public space");
        await anna.WaitForAsync("tap Skip");
        anna.Type("Skip");
        await anna.WaitForAsync("Where is it?");
        anna.Type("Skip");
        await anna.WaitForAsync("Send it to the city?");
        anna.Type("Submit");
        await anna.WaitForAsync("Idea #1 received!");

        var card = await coordinator.WaitForAsync("💡 New idea #1");
        await coordinator.WaitForAsync("✅ Approve", card);
        coordinator.Type("Approve");
        await coordinator.WaitForAsync("Idea #1: approved ✓");
        await anna.WaitForAsync("🎉 Your idea #1 “1” was approved!");

        Assert.DoesNotContain("Your idea #1", coordinator.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain("New idea #1", anna.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", coordinator.Screen + anna.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANumberPressesTheLatestMessage_ALetterAnOlderOne_AndAButtonNotThereIsSaidSo_WithNothingSent()
    {
        var terminal = new ScriptedTerminal();
        await using var bot = await StartAsync(terminal);
        await Onboard(terminal);

        terminal.Type("/settings");
        await terminal.WaitForAsync("[D1] ✅ Announcements");
        // "1" is the settings' first button, not the menu's or the language picker's.
        terminal.Type("1");
        await terminal.WaitForAsync("[D1] ⬜ Announcements");
        // The menu above is still there to press, by its letter.
        terminal.Type("c9");
        await terminal.WaitForAsync("Here is what I can do:");
        await terminal.WaitForAsync("[E13] 📊 Statistics");

        terminal.Type("14");
        await terminal.WaitForAsync("There is no button “14”. The latest message’s buttons are E1–E13");
        terminal.Type("#skip");
        await terminal.WaitForAsync("There is no button “#skip”.");
        terminal.Type("b1");
        await terminal.WaitForAsync("There is no button “b1”.");
        // Nothing of the three reached the bot: a sentinel's answer comes straight after the last.
        terminal.Type("/language");
        var answer = await terminal.WaitForAsync("[F1] Latviešu");

        Assert.Single(answer.Split('\n'), line => line.StartsWith("🤖", StringComparison.Ordinal));

        // Where a text is asked, "#1" presses the question's own button, and a hashtag that names no button is text.
        terminal.Type("/announce");
        await terminal.WaitForAsync("[G1] ✖️ Cancel");
        terminal.Type("#Daugavpils youth day on Saturday!");
        await terminal.WaitForAsync("[H1] Skip");
        terminal.Type("#2");
        await terminal.WaitForAsync("Cancelled.");
    }

    [Fact]
    public async Task WhereATypedAnswerIsAsked_ANumberIsTheAnswer_WithAHint_AndTheQuestionsOwnLabelIsItsPress_InThePersonsLanguage()
    {
        var terminal = new ScriptedTerminal();
        await using var bot = await StartAsync(terminal);
        terminal.Type("/start");
        await terminal.WaitForAsync("[A1] Latviešu");
        terminal.Type("1");
        await terminal.WaitForAsync("[B1] ✅ Piekrītu");
        terminal.Type("1");
        await terminal.WaitForAsync("[C1] 💡");

        terminal.Type("/idea");
        await terminal.WaitForAsync("[D1] ✖️ Atcelt");
        // A number where a title is asked is the title, and the console says how it would have pressed.
        terminal.Type("1");
        await terminal.WaitForAsync("↳ „1” nosūtīts kā tava atbilde. Lai tā vietā nospiestu „✖️ Atcelt”, raksti #D1.");
        await terminal.WaitForAsync("[E1] ✖️ Atcelt");
        terminal.Type("Desmit soliņi.");
        await terminal.WaitForAsync("[F1] Publiskā telpa");
        // Typed as people type on a phone, without the accent.
        terminal.Type("publiska telpa");
        await terminal.WaitForAsync("[G1] Izlaist");
        terminal.Type("izlaist");
        await terminal.WaitForAsync("[H1] Izlaist [H2] ✖️ Atcelt");
        // "izlaist" is the place step's own Skip, typed where a place is asked: the bot takes it as the press, not a
        // place called "izlaist".
        terminal.Type("izlaist");
        var preview = await terminal.WaitForAsync("[I1] ✅");

        Assert.DoesNotContain("📍", preview[preview.LastIndexOf("🤖", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("\n   1\n", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDashboard_IsOnInTheConsole_AtTheBotsOwnLocalAddress_WithNothingToSet()
    {
        var terminal = new ScriptedTerminal();
        var address = $"http://127.0.0.1:{Ports.Free()}";
        await using var bot = await RunningBot.StartAsync(Database, services => services.AddSingleton(terminal.Terminal), ["--Telegram:BotToken=", $"--Urls={address}"]);
        await Onboard(terminal);

        terminal.Type("/dashboard");
        var answer = await terminal.WaitForAsync("Do not forward it");
        var link = answer[answer.IndexOf(address + "/dashboard/signin?token=", StringComparison.Ordinal)..].Split('\n')[0].Trim();
        using var http = new HttpClient();
        var page = await http.GetStringAsync(new Uri(link));

        Assert.Contains("<form", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogLines_GoToTheLogFileBesideTheDatabase_AndOnlyWarningsAtStartToTheTerminal()
    {
        var folder = Path.GetDirectoryName(Database.File)!;
        using var console = ConsoleProcess.Start(
            folder, $"--ConnectionStrings:Bot={Database.ConnectionString}", $"--Urls=http://127.0.0.1:{Ports.Free()}", "--Bot:Coordinators:0=telegram:1");
        await console.WaitForAsync(LogPath());
        console.Type("/start");
        await console.WaitForAsync("[A3] English");
        console.Type("3");
        await console.WaitForAsync("[B1] ✅ I agree");

        var screen = console.Screen;
        var log = await File.ReadAllTextAsync(LogPath());
        // The operator sees at start that no coordinator can be reached; information never lands in the chat.
        Assert.Contains("No coordinator can use the bot", screen[..screen.IndexOf(LogPath(), StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.DoesNotContain("info:", screen, StringComparison.Ordinal);
        Assert.Contains("warn GenYCity.Bot.Host.Configuration.CoordinatorReach: No coordinator can use the bot", log, StringComparison.Ordinal);
        Assert.Contains("info Microsoft.Hosting.Lifetime: Application started", log, StringComparison.Ordinal);
    }

    [Fact]
    public void ACardThatComesUnasked_WhileATypedAnswerIsOwed_DoesNotTakeTheQuestionsPlace_ButTheNextReplyDoes()
    {
        var buttons = new ConsoleButtons();
        Domain.Messaging.Button[] capacity = [new("No limit", "newevent:nolimit"), new("✖️ Cancel", "newevent:cancel")];
        Domain.Messaging.Button[] card = [new("✅ Approve", "mod:ok:1"), new("❌ Reject", "mod:no:1")];
        buttons.Said();
        buttons.Show("1", "How many people can come?", [capacity], expectsText: true);

        // Anna's new idea reaches the coordinator's terminal while they are about to type the capacity.
        buttons.Show("2", "💡 New idea #1", [card], expectsText: false);

        Assert.Equal(new ConsoleButtons.Typed.Text(capacity[1], "A2"), buttons.Read("2"));
        Assert.Equal(new ConsoleButtons.Typed.Press("2", card[1]), buttons.Read("#b2"));

        // Once they have typed, what comes next answers them: a menu's numbers are its own.
        buttons.Said();
        buttons.Show("3", "Cancelled.", [card], expectsText: false);
        Assert.Equal(new ConsoleButtons.Typed.Press("3", card[1]), buttons.Read("2"));
    }

    [Fact]
    public void TheTerminal_ShowsWarningsUntilTheChatBegins_ThenOnlyAFailureThatStopsTheBot()
    {
        using var log = new ConsoleLog(Path.Combine(Path.GetDirectoryName(Database.File)!, "shows.log"));
        Assert.Equal((false, true, true), (log.ShowsInTerminal(LogLevel.Information), log.ShowsInTerminal(LogLevel.Warning), log.ShowsInTerminal(LogLevel.Error)));

        log.ChatBegan();

        Assert.Equal((false, false, true), (log.ShowsInTerminal(LogLevel.Warning), log.ShowsInTerminal(LogLevel.Error), log.ShowsInTerminal(LogLevel.Critical)));
    }

    [Fact]
    public async Task Stopping_DoesNotWaitForThePersonToPressEnter()
    {
        using var neverTyped = new ManualResetEventSlim();
        var terminal = new ConsoleTerminal(new BlockingKeyboard(neverTyped), TextWriter.Null, useColour: false);
        var bot = await RunningBot.StartAsync(Database, services => services.AddSingleton(terminal), ["--Telegram:BotToken="]);
        var chat = bot.Services.GetServices<IHostedService>().OfType<BackgroundService>().Single(s => s.GetType().Name == "ConsoleChat");

        await bot.DisposeAsync();

        Assert.True(chat.ExecuteTask!.IsCompleted, "The console chat was still waiting for a line when the bot stopped.");
        neverTyped.Set();
    }

    private async Task AsConsoleUser(string userId, Func<ScriptedTerminal, Task> session)
    {
        var terminal = new ScriptedTerminal();
        await using var bot = await RunningBot.StartAsync(
            Database, services => services.AddSingleton(terminal.Terminal), ["--Telegram:BotToken=", $"--Console:UserId={userId}"]);
        await session(terminal);
    }

    private static async Task Onboard(ScriptedTerminal terminal)
    {
        terminal.Type("/start");
        await terminal.WaitForAsync("[A3] English");
        terminal.Type("3");
        await terminal.WaitForAsync("[B1] ✅ I agree");
        terminal.Type("1");
        await terminal.WaitForAsync("Thank you, and welcome!");
    }

    /// <summary>Where a console user's log is: beside the test's database. The greeting ends with it, the same in every language.</summary>
    private string LogPath(string user = "local") => ConsoleLog.FileFor(Path.GetDirectoryName(Database.File)!, user);

    private static ConsoleTexts Texts(Language language) => ConsoleTexts.For(language);

    private Task<RunningBot> StartAsync(ScriptedTerminal terminal) =>
        RunningBot.StartAsync(Database, services => services.AddSingleton(terminal.Terminal), ["--Telegram:BotToken="]);

    /// <summary>Like Console.In: ReadLineAsync blocks the calling thread until a line comes.</summary>
    private sealed class BlockingKeyboard(ManualResetEventSlim typed) : TextReader
    {
        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            typed.Wait(CancellationToken.None);
            return ValueTask.FromResult<string?>(null);
        }
    }
}
