using System.Diagnostics;
using System.Globalization;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// PostgreSQL goes away in the middle of a broadcast that two instances share, and comes back. The sender stops
/// as soon as it can neither renew its lease nor record what it sent, so nothing is lost and at most
/// Delivery:MaxInFlight messages (on the wire, or sent and not yet recorded, at the cut) go twice.
/// GENYCITY_TEST_OUTAGE_SECONDS sets how long the database is gone (4 s by default, past the lease the test gives
/// the instances); GENYCITY_TEST_OUTAGE_LEASE=production keeps the shipped lease of 10 s renewed every 3 s.
/// </summary>
[Collection(WholeMachineCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output) : FakeApiTests
{
    private const int Members = 2000;
    private const int MaxInFlight = 64;
    private const string Text = "Pilsētas svētki sestdien!";
    private DatabaseOutage outage = null!;

    /// <summary>The instance that was sending when the database went away.</summary>
    private string? senderInstance;

    private static TimeSpan Outage => TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("GENYCITY_TEST_OUTAGE_SECONDS"), CultureInfo.InvariantCulture, out var seconds) ? seconds : 4);

    private static string[] Lease => Environment.GetEnvironmentVariable("GENYCITY_TEST_OUTAGE_LEASE") == "production"
        ? []
        : ["--Delivery:LeaseLength=00:00:02", "--Delivery:LeaseRenewal=00:00:00.500"];

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override async Task DisposeAsync()
    {
        await outage.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override Task BeforeStartAsync()
    {
        outage = DatabaseOutage.For(Database);
        return SeedMembersAsync(Members, 20_000, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task ThroughAnOutage_InTheMiddleOfABroadcast_NothingIsLost_AndAtMostMaxInFlightGoTwice()
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync();

        await BroadcastThroughAnOutageAsync(whileItLasts: () => Task.CompletedTask);
    }

    [Fact]
    public async Task TheSenderStoppingDuringAnOutage_LeavesTheRestToTheOther_WithAtMostMaxInFlightSentTwice()
    {
        var bots = new List<RunningBot> { await StartAsync(), await StartAsync() };
        try
        {
            // The sender stops while the database is gone: what it sent but could not record goes again from the other.
            await BroadcastThroughAnOutageAsync(whileItLasts: async () =>
            {
                var sender = bots.Single(b => b.Services.GetRequiredService<Delivery.ChannelLeases>().Instance == senderInstance);
                bots.Remove(sender);
                await sender.DisposeAsync();
            });
        }
        finally
        {
            foreach (var bot in bots)
            {
                await bot.DisposeAsync();
            }
        }
    }

    private async Task BroadcastThroughAnOutageAsync(Func<Task> whileItLasts)
    {
        await using (var store = await StoreServices.CreateAsync(Database))
        {
            await store.InScopeAsync(async db =>
            {
                db.Broadcasts.Add(Announcements.ToSubscribers(Text, DateTimeOffset.UtcNow));
                await db.SaveChangesAsync();
            });
        }

        await Eventually.WaitUntilAsync(() => Delivered() >= Members / 3, "a third of the broadcast delivered");
        senderInstance = await SenderAsync();
        outage.Cut();
        var atCut = Delivered();
        var cutAt = Stopwatch.StartNew();
        await whileItLasts();
        await Task.Delay(Outage - cutAt.Elapsed > TimeSpan.Zero ? Outage - cutAt.Elapsed : TimeSpan.Zero);
        var duringOutage = Delivered() - atCut;
        outage.Mend();
        var lasted = cutAt.Elapsed;

        await Eventually.WaitUntilAsync(() => Api.Calls.Where(IsTheBroadcast).Select(c => c.ChatId).Distinct().Count() == Members, "every member to have the message");
        await Eventually.WaitUntilAsync(async () => await BroadcastDoneAsync(), "the broadcast to be done");
        var twice = Api.Calls.Where(IsTheBroadcast).GroupBy(c => c.ChatId).Sum(g => g.Count() - 1);
        output.WriteLine($"{lasted.TotalSeconds:0.0} s outage after {atCut} of {Members} sent: {duringOutage} sent while it lasted, {twice} sent twice");

        Assert.InRange(duringOutage, 0, MaxInFlight);
        Assert.InRange(twice, 0, MaxInFlight);
    }

    private bool IsTheBroadcast(ApiCall call) => call.IsDelivered && call.Text == Text;

    /// <summary>The instance holding Telegram's sending lease, read past the relay.</summary>
    private async Task<string> SenderAsync()
    {
        await using var store = await StoreServices.CreateAsync(Database);
        return await store.InScopeAsync(db => db.ChannelLeases.Where(l => l.Key == nameof(ChannelKind.Telegram)).Select(l => l.Holder).SingleAsync());
    }

    private int Delivered() => Api.Calls.Count(IsTheBroadcast);

    private async Task<bool> BroadcastDoneAsync()
    {
        await using var store = await StoreServices.CreateAsync(Database);
        return await store.InScopeAsync(db => db.Broadcasts.AnyAsync(b => b.Status == BroadcastStatus.Done));
    }

    private Task<RunningBot> StartAsync() => RunningBot.StartTelegramAsync(
        Api,
        Database,
        null,
        [
            $"--ConnectionStrings:Bot={outage.ConnectionString}",
            "--Delivery:Telegram:PerSecond=400",
            $"--Delivery:MaxInFlight={MaxInFlight}",
            .. Lease,
        ]);
}
