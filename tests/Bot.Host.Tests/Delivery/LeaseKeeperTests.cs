using System.Threading.Channels;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using static GenYCity.Bot.Host.Tests.PumpParts;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The lease on its own, with a database the test answers for and a fake clock: when sending starts and stops, when
/// what the pump holds must be forgotten, and how long the release at a stop may take.
/// </summary>
public sealed class LeaseKeeperTests : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly WatchedClock clock = Clock();
    private readonly DeliveryOptions options = new() { LeaseLength = TimeSpan.FromSeconds(10), LeaseRenewal = TimeSpan.FromSeconds(3) };
    private readonly Channel<TaskCompletionSource<(bool Held, bool Kept)>> holds = Channel.CreateUnbounded<TaskCompletionSource<(bool Held, bool Kept)>>();
    private readonly CancellationTokenSource stop = new();
    private readonly LeaseKeeper lease;
    private Func<CancellationToken, Task> release = _ => Task.CompletedTask;
    private int requeued;
    private Task keeping = Task.CompletedTask;

    public LeaseKeeperTests()
    {
        lease = new LeaseKeeper(
            ct =>
            {
                // Answered by the test, whose answer the keeper takes in before the answering call returns.
                var hold = new TaskCompletionSource<(bool Held, bool Kept)>();
                ct.Register(() => hold.TrySetCanceled(ct));
                holds.Writer.TryWrite(hold);
                return hold.Task;
            },
            ct => release(ct),
            _ =>
            {
                requeued++;
                return Task.CompletedTask;
            },
            options,
            new DeliverySignal(),
            clock,
            Logger,
            Redactor,
            ChannelKind.Telegram);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await keeping.WaitAsync(Wait);
        stop.Dispose();
    }

    [Fact]
    public async Task SendingStarts_OnceTheLeaseIsTaken_AfterTheLastHoldersClaimsWentBack()
    {
        Start();
        var first = await NextHoldAsync();
        Assert.False(lease.Holds(out _));

        first.SetResult((true, false));
        await clock.TimerSetAsync();

        Assert.Equal(1, requeued);
        Assert.True(lease.Holds(out var takenAfresh));
        Assert.True(takenAfresh);
        Assert.Equal(1, lease.Epoch);
        Assert.True(lease.Holds(out takenAfresh));
        Assert.False(takenAfresh);
    }

    [Fact]
    public async Task SendingStops_ARenewalIntervalBeforeAnUnrenewedLeaseRunsOut()
    {
        Start();
        (await NextHoldAsync()).SetResult((true, false));
        await clock.TimerSetAsync();

        // The renewal hangs: the database does not answer.
        clock.Advance(options.LeaseRenewal);
        _ = await NextHoldAsync();
        clock.Advance(options.LeaseLength - (2 * options.LeaseRenewal) - TimeSpan.FromMilliseconds(1));
        Assert.True(lease.Holds(out _));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(lease.Holds(out _));
    }

    [Fact]
    public async Task ARenewalThatFails_StopsSendingAtOnce_AndOneThatKeepsTheLease_CarriesOnWithWhatThePumpHolds()
    {
        Start();
        (await NextHoldAsync()).SetResult((true, false));
        await clock.TimerSetAsync();
        Assert.True(lease.Holds(out _));

        clock.Advance(options.LeaseRenewal);
        (await NextHoldAsync()).SetException(new TimeoutException("database is locked"));
        await clock.TimerSetAsync();
        Assert.False(lease.Holds(out _));

        clock.Advance(options.LeaseRenewal);
        (await NextHoldAsync()).SetResult((true, true));
        await clock.TimerSetAsync();
        Assert.True(lease.Holds(out var takenAfresh));
        Assert.False(takenAfresh);
        Assert.Equal((1, 1), (lease.Epoch, requeued));
    }

    [Fact]
    public async Task ALeaseTakenAfresh_AfterAnotherInstanceHadIt_PutsTheClaimsBack_AndTellsThePumpToForget()
    {
        Start();
        (await NextHoldAsync()).SetResult((true, false));
        await clock.TimerSetAsync();
        Assert.True(lease.Holds(out _));

        clock.Advance(options.LeaseRenewal);
        (await NextHoldAsync()).SetResult((false, false));
        await clock.TimerSetAsync();
        Assert.False(lease.Holds(out _));

        clock.Advance(options.LeaseRenewal);
        (await NextHoldAsync()).SetResult((true, false));
        await clock.TimerSetAsync();
        Assert.True(lease.Holds(out var takenAfresh));
        Assert.True(takenAfresh);
        Assert.Equal((2, 2), (lease.Epoch, requeued));
    }

    [Fact]
    public async Task TheRelease_WaitsForTheDatabaseAtMostTheStopGrace()
    {
        var released = new TaskCompletionSource<CancellationToken>();
        release = async ct =>
        {
            released.SetResult(ct);
            // The database never answers: the release waits until it is given up.
            await new TaskCompletionSource().Task.WaitAsync(ct);
        };
        Start();
        (await NextHoldAsync()).SetResult((true, false));
        await clock.TimerSetAsync();

        var releasing = lease.ReleaseAsync();
        var token = await released.Task.WaitAsync(Wait);
        clock.Advance(ChannelPump.StopGrace - TimeSpan.FromMilliseconds(1));
        Assert.False(token.IsCancellationRequested);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await releasing.WaitAsync(Wait);
    }

    [Fact]
    public async Task ALeaseNeverHeld_IsNotGivenBack()
    {
        release = _ => throw new InvalidOperationException("nothing to give back");
        Start();
        (await NextHoldAsync()).SetResult((false, false));
        await clock.TimerSetAsync();

        await lease.ReleaseAsync();

        Assert.False(lease.Holds(out _));
    }

    private void Start() => keeping = Task.Run(() => lease.KeepAsync(stop.Token));

    /// <summary>The next time the keeper asks the database for the lease; the test answers it.</summary>
    private async Task<TaskCompletionSource<(bool Held, bool Kept)>> NextHoldAsync() => await holds.Reader.ReadAsync().AsTask().WaitAsync(Wait);
}
