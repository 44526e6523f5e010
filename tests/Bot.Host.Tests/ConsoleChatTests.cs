using GenYCity.Bot.Host.Channels.Console;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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

        await terminal.WaitForAsync(ConsoleChat.Greeting);
        terminal.Type("/start");
        await terminal.WaitForAsync("[1] Latviešu [2] Русский [3] English");
        terminal.Type(languageNumber);
        await terminal.WaitForAsync(confirmation);
        var notice = await terminal.WaitForAsync(question);
        Assert.DoesNotContain("<b>", notice, StringComparison.Ordinal);
        // Every button printed has a number of its own: the notice's come after the language picker's.
        terminal.Type("4");
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
        await terminal.WaitForAsync("[3] English");
        terminal.Type("english");
        await terminal.WaitForAsync("[4] ✅ I agree [5] No, thanks");
        terminal.Type("I AGREE");
        await terminal.WaitForAsync("[16] 🛡 Review");
        terminal.Type("settings");
        var settings = await terminal.WaitForAsync("[23] 🌐 Language");

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
            await first.WaitForAsync("[2] Русский");
            first.Type("2");
            await first.WaitForAsync("Даёшь согласие?");
            first.Type("4");
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
            await terminal.WaitForAsync("[20] ✅ Approve [21] ❌ Reject");
            terminal.Type("Approve");
            await terminal.WaitForAsync("Idea #1: approved ✓");
            await terminal.ShowsAsync("🤖 ↻\n   [22] 🔧 Start work [23] 🏁 Mark implemented");
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
            await terminal.WaitForAsync("[16] 👍 Support · 0\n   [17] 🔔 Follow [18] ⚠️ Report");
            terminal.Type("16");
            await terminal.WaitForAsync("[19] 💚 You support · 1\n   [20] 🔕 Unfollow [21] ⚠️ Report");
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
        await coordinator.WaitForAsync(ConsoleChat.Greeting);
        using var anna = ConsoleProcess.Start(folder, $"--ConnectionStrings:Bot={Database.ConnectionString}", address, "--Console:UserId=anna");
        await anna.WaitForAsync(ConsoleChat.Greeting);

        foreach (var person in new[] { coordinator, anna })
        {
            person.Type("/start");
            await person.WaitForAsync("[3] English");
            person.Type("3");
            await person.WaitForAsync("[4] ✅ I agree");
            person.Type("4");
            await person.WaitForAsync("Thank you, and welcome!");
        }

        anna.Type("/idea");
        await anna.WaitForAsync("up to 120 characters");
        anna.Type("1");
        // At a step that asks for text, a number is the answer, not the Cancel button.
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
        await terminal.WaitForAsync("[3] English");
        terminal.Type("3");
        await terminal.WaitForAsync("[4] ✅ I agree");
        terminal.Type("4");
        await terminal.WaitForAsync("Thank you, and welcome!");
    }

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
