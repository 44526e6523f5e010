using System.Collections.Concurrent;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Tests.Fakes;
using static GenYCity.Bot.Host.Tests.PumpParts;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The lanes on their own, with claims the test answers and a fake clock: replies first, the rule that keeps a reply
/// ahead of a later broadcast message to its chat, claims from an earlier taking of the lease, and when a lane looks again.
/// </summary>
public class DeliveryLanesTests
{
    private readonly WatchedClock clock = Clock();
    private readonly DeliverySignal outbox = new();
    private readonly ConcurrentQueue<Claim> claims = new();
    private readonly DeliveryLanes lanes;
    private bool answerAtOnce;

    public DeliveryLanesTests()
    {
        var options = new DeliveryOptions { ClaimBatchSize = 10, IdlePollInterval = TimeSpan.FromSeconds(1) };
        lanes = new DeliveryLanes(
            (lane, wanted, _) =>
            {
                var claim = new Claim(lane, wanted);
                claims.Enqueue(claim);
                if (answerAtOnce)
                {
                    claim.Rows.SetResult([]);
                }

                return claim.Rows.Task;
            },
            outbox,
            new DeliverySignal(),
            options,
            clock,
            Logger,
            ChannelKind.Telegram);
    }

    [Fact]
    public async Task ABroadcastMessage_WaitsForTheRepliesQueuedBeforeIt_AndThenGoes()
    {
        await lanes.RefillAsync(epoch: 1, CancellationToken.None);

        // The broadcast row comes back first: a reply to its chat may have been queued before it, still unclaimed.
        (await StartedAsync(DeliveryLane.Broadcast, 1)).Rows.SetResult([Item(2, lane: DeliveryLane.Broadcast)]);
        await RefillUntilAsync(() => lanes.Count(DeliveryLane.Broadcast) == 1);
        Assert.False(lanes.TryTake(DeliveryLane.Broadcast, out _));

        // The reply claim begun before the broadcast row was taken does not count, though it left nothing behind.
        (await StartedAsync(DeliveryLane.Reply, 1)).Rows.SetResult([]);
        await RefillUntilAsync(() => Started(DeliveryLane.Reply, 2) is not null);
        Assert.False(lanes.TryTake(DeliveryLane.Broadcast, out _));

        (await StartedAsync(DeliveryLane.Reply, 2)).Rows.SetResult([Item(1)]);
        await RefillUntilAsync(() => lanes.Count(DeliveryLane.Reply) == 1);
        Assert.True(lanes.TryTake(DeliveryLane.Reply, out var reply));
        Assert.True(lanes.TryTake(DeliveryLane.Broadcast, out var broadcast));
        Assert.Equal((1L, 2L), (reply.Id, broadcast.Id));
    }

    [Fact]
    public async Task AReplyClaimThatFailed_SaysNothingOfWhatIsLeft_SoBroadcastMessagesKeepWaiting()
    {
        await lanes.RefillAsync(epoch: 1, CancellationToken.None);
        (await StartedAsync(DeliveryLane.Broadcast, 1)).Rows.SetResult([Item(2, lane: DeliveryLane.Broadcast)]);
        await RefillUntilAsync(() => lanes.Count(DeliveryLane.Broadcast) == 1);
        (await StartedAsync(DeliveryLane.Reply, 1)).Rows.SetResult([]);
        await RefillUntilAsync(() => Started(DeliveryLane.Reply, 2) is not null);

        (await StartedAsync(DeliveryLane.Reply, 2)).Rows.SetException(new InvalidOperationException("database is locked"));
        // A notice: the lane claims again once the failed claim is taken in.
        outbox.Notify();
        await RefillUntilAsync(() => Started(DeliveryLane.Reply, 3) is not null);
        Assert.False(lanes.TryTake(DeliveryLane.Broadcast, out _));

        (await StartedAsync(DeliveryLane.Reply, 3)).Rows.SetResult([]);
        await RefillUntilAsync(() => lanes.TryTake(DeliveryLane.Broadcast, out _));
    }

    [Fact]
    public async Task RowsClaimedUnderAnEarlierTakingOfTheLease_AreDropped_AndTheRestAreTaggedWithTheirs()
    {
        await lanes.RefillAsync(epoch: 1, CancellationToken.None);
        (await StartedAsync(DeliveryLane.Reply, 1)).Rows.SetResult([Item(1), Item(2)]);
        (await StartedAsync(DeliveryLane.Broadcast, 1)).Rows.SetResult([]);

        // The lease was taken afresh meanwhile (the pump forgets what it held): the outbox has these rows back as Pending.
        lanes.Forget();
        await RefillUntilAsync(() => Started(DeliveryLane.Reply, 2) is not null, epoch: 2);
        Assert.Equal(0, lanes.Count(DeliveryLane.Reply));

        (await StartedAsync(DeliveryLane.Reply, 2)).Rows.SetResult([Item(1, epoch: 0)]);
        await RefillUntilAsync(() => lanes.Count(DeliveryLane.Reply) == 1, epoch: 2);
        Assert.True(lanes.TryTake(DeliveryLane.Reply, out var item));
        Assert.Equal(2, item.Epoch);
    }

    [Fact]
    public async Task ALaneThatCameBackShort_LooksAgainOnANotice_OrAfterThePollInterval()
    {
        answerAtOnce = true;
        await RefillUntilAsync(() => Claims(DeliveryLane.Broadcast) == 1 && Claims(DeliveryLane.Reply) == 2);
        await lanes.RefillAsync(epoch: 1, CancellationToken.None);
        Assert.Equal(1, Claims(DeliveryLane.Broadcast));

        outbox.Notify();
        await RefillUntilAsync(() => Claims(DeliveryLane.Broadcast) == 2);

        clock.Advance(TimeSpan.FromMilliseconds(999));
        await lanes.RefillAsync(epoch: 1, CancellationToken.None);
        Assert.Equal(2, Claims(DeliveryLane.Broadcast));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await RefillUntilAsync(() => Claims(DeliveryLane.Broadcast) == 3);
    }

    [Fact]
    public async Task AFullBatch_IsFollowedByAnotherClaim_OnceTheLaneRunsDownToHalf()
    {
        await lanes.RefillAsync(epoch: 1, CancellationToken.None);
        (await StartedAsync(DeliveryLane.Reply, 1)).Rows.SetResult([.. Enumerable.Range(1, 10).Select(i => Item(i, chat: $"{i}"))]);
        await RefillUntilAsync(() => lanes.Count(DeliveryLane.Reply) == 10);
        Assert.Equal(1, Claims(DeliveryLane.Reply));

        for (var i = 0; i < 6; i++)
        {
            Assert.True(lanes.TryTake(DeliveryLane.Reply, out _));
        }

        await lanes.RefillAsync(epoch: 1, CancellationToken.None);

        // It asks for what the lane has room for.
        Assert.Equal(6, (await StartedAsync(DeliveryLane.Reply, 2)).Wanted);
    }

    private int Claims(DeliveryLane lane) => claims.Count(c => c.Lane == lane);

    /// <summary>The <paramref name="nth"/> claim begun for the lane, or null.</summary>
    private Claim? Started(DeliveryLane lane, int nth) => claims.Where(c => c.Lane == lane).Skip(nth - 1).FirstOrDefault();

    /// <summary>The <paramref name="nth"/> claim begun for the lane, once it has reached the database (claims run on threads of their own).</summary>
    private async Task<Claim> StartedAsync(DeliveryLane lane, int nth)
    {
        await Eventually.WaitUntilAsync(() => Started(lane, nth) is not null, $"claim {nth} of the {lane} lane");
        return Started(lane, nth)!;
    }

    /// <summary>Refills, as the pump's loop does, until the claims the test answered are taken in.</summary>
    private async Task RefillUntilAsync(Func<bool> condition, int epoch = 1, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(condition))] string what = "")
    {
        await Eventually.WaitUntilAsync(
            async () =>
            {
                await lanes.RefillAsync(epoch, CancellationToken.None);
                return condition();
            },
            what);
    }

    private sealed record Claim(DeliveryLane Lane, int Wanted)
    {
        public TaskCompletionSource<List<WorkItem>> Rows { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
