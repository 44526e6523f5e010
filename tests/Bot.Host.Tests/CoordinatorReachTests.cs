using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// A deployment whose coordinators are all on channels that are off (the shipped console:local behind a Telegram
/// token, say) runs with nobody to moderate: the bot says so at start, in one warning.
/// </summary>
public sealed class CoordinatorReachTests : FakeApiTests
{
    private const string Category = "GenYCity.Bot.Host.Configuration.CoordinatorReach";

    protected override bool UsesGraph => true;

    [Fact]
    public async Task OnlyTheShippedConsoleCoordinator_WhileTelegramRuns_IsOneWarningNamingThemAndTheChannel()
    {
        // appsettings.json names console:local only.
        await using var bot = await RunningBot.StartTelegramAsync(Api, Database);

        var warning = Assert.Single(Warnings(bot));
        Assert.Contains("Bot:Coordinators names console:local, and the bot chats on telegram.", warning, StringComparison.Ordinal);
        Assert.Contains("telegram:<numeric user id>", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessengerCoordinator_WhileOnlyThePageIsSet_AndMessengerChatIsOff_IsWarnedOf()
    {
        await using var bot = await RunningBot.StartTelegramAsync(
            Api,
            Database,
            null,
            "--Bot:Coordinators:0=messenger:psid-1",
            $"--Messenger:PageAccessToken={TestSecrets.PageToken}",
            $"--Messenger:PageId={MessengerUser.PageId}",
            $"--Messenger:GraphApiBaseUrl={Graph.BaseUrl}");

        var warning = Assert.Single(Warnings(bot));
        Assert.Contains("Bot:Coordinators names messenger:psid-1, and the bot chats on telegram.", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCoordinatorAtAll_IsWarnedOf()
    {
        // appsettings.json's list cannot be emptied from the command line; a city's own file might leave it empty.
        await using var bot = await RunningBot.StartTelegramAsync(Api, Database, services => services.PostConfigure<Domain.BotOptions>(o => o.Coordinators.Clear()));

        Assert.Contains("Bot:Coordinators names no one, and the bot chats on telegram.", Assert.Single(Warnings(bot)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("telegram:777")]
    [InlineData("messenger:psid-1")]
    public async Task OneCoordinatorOnAChannelThatIsOn_IsEnough(string coordinator)
    {
        await using var bot = await RunningBot.StartTelegramAsync(
            Api, Database, null, ["--Bot:Coordinators:0=console:local", $"--Bot:Coordinators:1={coordinator}", .. RunningBot.MessengerSettings(Graph)]);

        Assert.NotEmpty(bot.Logs.Lines);
        Assert.Empty(Warnings(bot));
    }

    private static List<string> Warnings(RunningBot bot) =>
        bot.Logs.Lines.Where(line => line.StartsWith($"Warning {Category}:", StringComparison.Ordinal)).ToList();
}
