using GenYCity.Bot.Host.Tests.Fakes;
using Xunit.Abstractions;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// A city changes one phrase in its own folder (Bot:TextsFolder) and restarts the bot: the built bot, as a
/// process of its own (the texts are the process's), over the fake Bot API. The rest stays as shipped. One light
/// process at a time, so it runs beside the other classes rather than in the whole-machine queue.
/// </summary>
public sealed class CityTextsTests(ITestOutputHelper output) : FakeApiTests
{
    private readonly string folder = Directory.CreateTempSubdirectory("genycity-city-texts-").FullName;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task APhraseChangedInTheCitysFolder_ShowsAfterARestart_AndTheRestStays()
    {
        var anna = new TelegramUser(Api, 501, "lv");
        using (var shipped = BotProcess.Start(Database, Api, output))
        {
            anna.Says("/start");
            Assert.Equal("🌐 Izvēlies valodu · Выбери язык · Choose your language", (await anna.NextAsync(TimeSpan.FromSeconds(60))).Text);
            await shipped.KillAsync();
        }

        Directory.CreateDirectory(Path.Combine(folder, "chat"));
        await File.WriteAllTextAsync(Path.Combine(folder, "chat", "lv.json"), """{ "ChooseLanguage": "Sveiks! Izvēlies valodu" }""");
        using var city = BotProcess.Start(Database, Api, output, "bot", $"--Bot:TextsFolder={folder}");
        var bruno = new TelegramUser(Api, 502, "ru");
        bruno.Says("/start");

        Assert.Equal("🌐 Sveiks! Izvēlies valodu · Выбери язык · Choose your language", (await bruno.NextAsync(TimeSpan.FromSeconds(60))).Text);
        bruno.Presses("lang:ru");
        Assert.StartsWith("Язык: русский ✓", (await bruno.NextAsync()).Text, StringComparison.Ordinal);
    }
}
