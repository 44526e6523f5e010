using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Two bot processes on one database, as the README's try-out and a second instance run them: both
/// pump the outbox, fan broadcasts out and catch up the weekly digest at start. Each person still gets
/// each message once, and the counts add up.
/// </summary>
public abstract class TwoProcessesSuite(ITestOutputHelper output) : FakeApiTests
{
    private const string Announcement = "Pilsētas svētki sestdien!";

    /// <summary>The chat of the member who sent the announcement (the first seeded).</summary>
    private const string Coordinator = "10000";

    protected abstract int Recipients { get; }

    protected override Task BeforeStartAsync() => SeedMembersAsync(
        Recipients, 10_000, DateTimeOffset.UtcNow, async db =>
        {
            // The first member asked for it, and hears its progress and its final report.
            var first = await db.Members.OrderBy(m => m.Id).FirstAsync();
            db.Broadcasts.Add(Announcements.ToSubscribers(Announcement, DateTimeOffset.UtcNow, first));
            await db.SaveChangesAsync();
            // An event in the coming days is news, so the digest due at start goes out, whatever the weekday.
            db.Events.Add(CityEvent.Publish("Jauniešu dome", DateTimeOffset.UtcNow.AddDays(3), "Vienības iela 1", "…", null, first, DateTimeOffset.UtcNow));
        });

    [Fact]
    public async Task TwoProcessesOnOneDatabase_SendEachBroadcastOnce_AndTheDigestOnce()
    {
        using var first = StartBot("first");
        using var second = StartBot("second");

        await BotProcess.WaitUntilAsync(() => BroadcastsDone() == 2, first, second);
        // Done, every broadcast message is finished; the final report, queued with it, is the last to go.
        await BotProcess.WaitUntilAsync(() => Unfinished() == 0, first, second);

        var sends = Api.Calls.Where(c => c.IsDelivered).ToList();
        var announcements = sends.Where(c => c.Text == Announcement).GroupBy(c => c.ChatId!).ToDictionary(g => g.Key, g => g.Count());
        var digests = sends.Where(c => c.Text?.StartsWith("🗞", StringComparison.Ordinal) == true).GroupBy(c => c.ChatId!).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"announcements: {announcements.Values.Sum()} to {announcements.Count} chats; digests: {digests.Values.Sum()} to {digests.Count} chats");
        Assert.Equal(Recipients, announcements.Count);
        Assert.Equal(Recipients, digests.Count);
        Assert.All(announcements.Values, n => Assert.Equal(1, n));
        Assert.All(digests.Values, n => Assert.Equal(1, n));

        await using var store = await StoreServices.CreateAsync(Database);
        var broadcasts = await store.InScopeAsync(db => db.Broadcasts.AsNoTracking().OrderBy(b => b.Id).ToListAsync());
        Assert.Equal([BroadcastKind.Announcement, BroadcastKind.Digest], broadcasts.Select(b => b.Kind));
        Assert.All(broadcasts, b => Assert.Equal((Recipients, Recipients, 0, 0, 0), (b.Queued, b.Sent, b.Unreachable, b.Failed, b.Skipped)));
        Assert.Equal(1, await store.InScopeAsync(db => db.DigestIssues.CountAsync()));
        Assert.Equal(2 * Recipients, await store.InScopeAsync(db => db.Deliveries.CountAsync(d => d.BroadcastId != null)));
        // Both processes follow the broadcast; one of them reports it done.
        Assert.Single(sends, c => c.ChatId == Coordinator && c.Text?.StartsWith('✅') == true);
    }

    [Fact]
    public async Task WhenTheSendingProcessDies_TheOtherTakesOver_AndFinishes_WithDuplicatesOnlyFromSendsInFlight()
    {
        using var first = StartBot("first", ["--Delivery:Telegram:PerSecond=500", .. BotProcess.ShortLease]);
        await BotProcess.WaitUntilAsync(() => Sent(Announcement) >= 200, first);
        using var second = StartBot("second", ["--Delivery:Telegram:PerSecond=500", .. BotProcess.ShortLease]);
        // A quarter of the way through, the sender dies.
        await BotProcess.WaitUntilAsync(() => Sent(Announcement) >= Recipients / 4, first, second);
        await first.KillAsync();
        var killed = System.Diagnostics.Stopwatch.StartNew();
        var atKill = Sent(Announcement);

        await BotProcess.WaitUntilAsync(() => Sent(Announcement) > atKill, second);
        var takeover = killed.Elapsed;
        await BotProcess.WaitUntilAsync(() => BroadcastsDone() == 2, second);

        var perChat = Api.Calls.Where(c => c.IsDelivered && c.Text == Announcement).GroupBy(c => c.ChatId!).ToDictionary(g => g.Key, g => g.Count());
        var duplicates = perChat.Values.Sum(n => n - 1);
        output.WriteLine($"sent before the kill: {atKill}; the second took over after {takeover.TotalSeconds:F1} s; duplicates: {duplicates}");
        Assert.Equal(Recipients, perChat.Count);
        Assert.InRange(duplicates, 0, 64);
        Assert.True(takeover < TimeSpan.FromSeconds(15), $"took over after {takeover}");
    }

    private int Sent(string text) => Api.Calls.Count(c => c.IsDelivered && c.Text == text);

    private int BroadcastsDone() => Count("""SELECT COUNT(*) FROM "Broadcasts" WHERE "Status" = 'Done'""");

    /// <summary>Outbox rows not yet finished (pending or being sent).</summary>
    private int Unfinished() => Count("""SELECT COUNT(*) FROM "Deliveries" WHERE "Status" IN ('Pending', 'Sending')""");

    private int Count(string sql)
    {
        using System.Data.Common.DbConnection connection = Database.Provider == DatabaseProvider.Postgres
            ? new Npgsql.NpgsqlConnection(Database.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(Database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private BotProcess StartBot(string name, params string[] settings) => BotProcess.Start(
        Database,
        Api,
        output,
        name,
        [
            "--Delivery:Telegram:PerSecond=1000",
            "--Delivery:Telegram:ChatBurst=10",
            // Small batches, so the two fan-outs meet many times over one broadcast.
            "--Delivery:FanOutBatchSize=50",
            "--Delivery:ClaimBatchSize=50",
            .. settings,
        ]);
}

/// <summary>Two processes on one SQLite file.</summary>
[Collection(WholeMachineCollection.Name)]
public sealed class TwoProcessesTests(ITestOutputHelper output) : TwoProcessesSuite(output)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override int Recipients => 2000;
}

/// <summary>Two instances on one PostgreSQL database, as a city runs them on two machines.</summary>
[Collection(WholeMachineCollection.Name)]
public sealed class TwoProcessesOnPostgresTests(ITestOutputHelper output) : TwoProcessesSuite(output)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override int Recipients => 3000;
}
