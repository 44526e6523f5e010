using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Host.Tests.Fakes;
using Xunit.Abstractions;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The built bot as a real process: killed (SIGKILL, no chance to tidy up) in the middle of a broadcast,
/// then started again. Every recipient gets the message, and only messages that were on their way or
/// not yet recorded at the kill can arrive twice.
/// </summary>
[Collection(WholeMachineCollection.Name)]
public sealed class CrashRestartTests(ITestOutputHelper output) : FakeApiTests
{
    private const int Recipients = 3000;
    private const int MaxInFlight = 64;
    private const int CompletionBatchSize = 500;
    private const string Text = "Pilsētas svētki sestdien!";

    protected override Task BeforeStartAsync() => SeedMembersAsync(
        Recipients, 10_000, StoreServices.Start, db =>
        {
            db.Broadcasts.Add(Announcements.ToSubscribers(Text, StoreServices.Start));
            return Task.CompletedTask;
        });

    [Fact]
    public async Task AKilledBot_FinishesItsBroadcastAfterARestart_WithDuplicatesOnlyFromSendsInFlight()
    {
        using (var first = StartBot())
        {
            await BotProcess.WaitUntilAsync(() => Delivered() >= Recipients / 3, first);
            await first.KillAsync();
        }

        var atKill = Delivered();
        Assert.InRange(atKill, Recipients / 3, Recipients - 1);

        using (var second = StartBot())
        {
            await BotProcess.WaitUntilAsync(() => Api.Calls.Where(c => c.IsDelivered && c.Text == Text).Select(c => c.ChatId).Distinct().Count() == Recipients, second);
            // Let the second run record its results, then check nothing more is sent.
            await BotProcess.WaitUntilAsync(BroadcastDone, second);
            await second.KillAsync();
        }

        var perChat = Api.Calls.Where(c => c.IsDelivered && c.Text == Text).GroupBy(c => c.ChatId!).ToDictionary(g => g.Key, g => g.Count());
        var duplicates = perChat.Values.Sum(n => n - 1);
        output.WriteLine($"delivered before the kill: {atKill}; recipients: {perChat.Count}; duplicates: {duplicates}");
        Assert.Equal(Recipients, perChat.Count);
        Assert.All(perChat.Values, n => Assert.InRange(n, 1, 2));
        Assert.InRange(duplicates, 0, MaxInFlight);
    }

    private int Delivered() => Api.Calls.Count(c => c.IsDelivered && c.Text == Text);

    private bool BroadcastDone()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(Database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Status FROM Broadcasts";
        return command.ExecuteScalar() is string status && status == nameof(BroadcastStatus.Done);
    }

    private BotProcess StartBot() => BotProcess.Start(
        Database,
        Api,
        output,
        "bot",
        ["--Delivery:Telegram:PerSecond=600", $"--Delivery:MaxInFlight={MaxInFlight}", $"--Delivery:CompletionBatchSize={CompletionBatchSize}", .. BotProcess.ShortLease]);
}
