using GenYCity.Bot.Host.Tests.Fakes;

namespace GenYCity.Bot.Host.Tests;

/// <summary>Telegram gives a bot's updates to one poller at a time: of two instances on one Database, one polls and the other waits.</summary>
public sealed class PollingLeaseTests : FakeApiTests
{
    [Fact]
    public async Task ASecondPoller_WaitsForTheLease_AndTakesOverWhenTheFirstStops()
    {
        var first = await RunningBot.StartTelegramAsync(Api, Database);
        await Eventually.WaitUntilAsync(() => first.Logs.Lines.Any(l => l.Contains("Polling Telegram as", StringComparison.Ordinal)));
        await using var second = await RunningBot.StartTelegramAsync(Api, Database);
        await Eventually.WaitUntilAsync(() => second.Logs.Lines.Any(l => l.Contains("Another instance is polling Telegram", StringComparison.Ordinal)));

        var anna = new TelegramUser(Api, 4101, "lv");
        anna.Says("/start");
        await anna.NextAsync();
        Assert.DoesNotContain(second.Logs.Lines, l => l.Contains("Polling Telegram as", StringComparison.Ordinal));

        await first.DisposeAsync();
        await Eventually.WaitUntilAsync(() => second.Logs.Lines.Any(l => l.Contains("Polling Telegram as", StringComparison.Ordinal)));
        anna.Says("/help");
        await anna.NextAsync();
        // Each update handled once, by whichever instance held the lease then: nothing more before a sentinel's answer.
        await anna.ExpectSilenceAsync();
        Assert.Equal(3, Api.Calls.Count(c => c.ChatId == anna.ChatId && c.Method == "sendMessage"));
    }
}
