using GenYCity.Bot.Host.Tests.Fakes;

namespace GenYCity.Bot.Host.Tests;

/// <summary>Telegram gives a bot's updates to one poller at a time: of two instances on one database, one polls and the other waits.</summary>
public sealed class PollingLeaseTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private FakeBotApi api = null!;

    public async Task InitializeAsync() => api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task ASecondPoller_WaitsForTheLease_AndTakesOverWhenTheFirstStops()
    {
        var first = await RunningBot.StartTelegramAsync(api, database);
        await Eventually.WaitUntilAsync(() => first.Logs.Lines.Any(l => l.Contains("Polling Telegram as", StringComparison.Ordinal)));
        await using var second = await RunningBot.StartTelegramAsync(api, database);
        await Eventually.WaitUntilAsync(() => second.Logs.Lines.Any(l => l.Contains("Another instance is polling Telegram", StringComparison.Ordinal)));

        var anna = new TelegramUser(api, 4101, "lv");
        anna.Says("/start");
        await anna.NextAsync();
        Assert.DoesNotContain(second.Logs.Lines, l => l.Contains("Polling Telegram as", StringComparison.Ordinal));

        await first.DisposeAsync();
        await Eventually.WaitUntilAsync(() => second.Logs.Lines.Any(l => l.Contains("Polling Telegram as", StringComparison.Ordinal)));
        anna.Says("/help");
        await anna.NextAsync();
        await Task.Delay(300);
        // Each update handled once, by whichever instance held the lease then.
        Assert.Equal(2, api.Calls.Count(c => c.ChatId == anna.ChatId && c.Method == "sendMessage"));
    }
}
