using GenYCity.Bot.Host.Channels.Console;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The bot with no token: the console chat, composed by Program.Build with the shipped appsettings.json.</summary>
public sealed class ConsoleChatTests : IDisposable
{
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Theory]
    [InlineData("1", "Valoda: Latviešu ✓", "Vai piekrīti?", "Paldies un laipni lūdzam!", "Lūk, ko es protu:")]
    [InlineData("2", "Язык: Русский ✓", "Принимаешь?", "Спасибо и добро пожаловать!", "Вот что я умею:")]
    [InlineData("3", "Language: English ✓", "Do you accept?", "Thank you, and welcome!", "Here is what I can do:")]
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
        await terminal.WaitForAsync("[3] English");
        terminal.Type("english");
        await terminal.WaitForAsync("[1] ✅ I accept [2] No, thanks");
        terminal.Type("I ACCEPT");
        await terminal.WaitForAsync("[3] ❓ Help");
        terminal.Type("settings");
        var settings = await terminal.WaitForAsync("[3] 🌐 Language");

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
            await first.WaitForAsync("Принимаешь?");
            first.Type("1");
            await first.WaitForAsync("Спасибо и добро пожаловать!");
        }

        var second = new ScriptedTerminal();
        await using (var bot = await StartAsync(second))
        {
            second.Type("/start");
            await second.WaitForAsync("Рады видеть тебя снова! 👋");
        }
    }

    [Fact]
    public async Task Stopping_DoesNotWaitForThePersonToPressEnter()
    {
        using var neverTyped = new ManualResetEventSlim();
        var terminal = new ConsoleTerminal(new BlockingKeyboard(neverTyped), TextWriter.Null, useColour: false);
        var bot = await RunningBot.StartAsync(database, services => services.AddSingleton(terminal), ["--Telegram:BotToken="]);
        var chat = bot.Services.GetServices<IHostedService>().OfType<BackgroundService>().Single(s => s.GetType().Name == "ConsoleChat");

        await bot.DisposeAsync();

        Assert.True(chat.ExecuteTask!.IsCompleted, "The console chat was still waiting for a line when the bot stopped.");
        neverTyped.Set();
    }

    private Task<RunningBot> StartAsync(ScriptedTerminal terminal) =>
        RunningBot.StartAsync(database, services => services.AddSingleton(terminal.Terminal), ["--Telegram:BotToken="]);

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
