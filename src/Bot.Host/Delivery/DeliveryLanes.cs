using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// A channel's two lanes, replies and broadcast messages, as claimed from the outbox, and the rule between them.
/// A lane running low claims more rows when a notice or the idle interval (Delivery:IdlePollInterval) says there may be some; the claim
/// runs beside the sends (the pump waits for it only when it has nothing else to send), so a database busy
/// with other writes never stalls the lane.
/// The rule: a reply never falls behind a broadcast message to its chat that was queued after it. Claimed
/// broadcast rows wait for a reply claim begun after them (every reply queued before them was in the outbox
/// by then) to have left no reply behind, that is to have taken less than it asked for.
/// Rows claimed under an earlier taking of the lease are dropped: the outbox has them back already.
/// Used by the pump's loop alone.
/// </summary>
internal sealed class DeliveryLanes(
    Func<DeliveryLane, int, CancellationToken, Task<List<WorkItem>>> claim,
    DeliverySignal outbox,
    DeliverySignal wakeUp,
    DeliveryOptions options,
    TimeProvider clock,
    ILogger logger,
    ChannelKind channel)
{
    /// <summary>The lanes, replies first.</summary>
    public static readonly DeliveryLane[] InOrder = [DeliveryLane.Reply, DeliveryLane.Broadcast];

    private readonly Queue<WorkItem>[] queues = [new(), new()];
    private readonly bool[] mayHaveMore = [true, true];
    private readonly Task<(List<WorkItem> Claimed, bool Drained)>?[] claiming = new Task<(List<WorkItem> Claimed, bool Drained)>?[2];
    private readonly int[] claimEpoch = new int[2];
    private long seenSignal = -1;
    private long nextLook;

    // Reply claims begun, counted, and the last one that left no reply behind: a broadcast claim's rows wait
    // for a reply claim begun after them to have done so.
    private long replyClaimsStarted;
    private long replyClaimsDrained;
    private bool replyClaimOwed;

    /// <summary>
    /// Takes in the claims that came back and starts new ones for the lanes running low. <paramref name="epoch"/>
    /// is the lease's current taking: the rows are tagged with it, and a claim begun under another is dropped.
    /// </summary>
    public async Task RefillAsync(int epoch, CancellationToken ct)
    {
        var now = clock.GetTimestamp();
        var version = outbox.Version;
        if (version != seenSignal || now >= nextLook)
        {
            seenSignal = version;
            nextLook = now + (long)(options.IdlePollInterval.TotalSeconds * clock.TimestampFrequency);
            mayHaveMore[0] = mayHaveMore[1] = true;
        }

        foreach (var lane in InOrder)
        {
            var i = (int)lane;
            var queue = queues[i];
            if (claiming[i] is { IsCompleted: true } done)
            {
                claiming[i] = null;
                var (claimed, drained) = await done;
                // Claimed under an earlier taking of the lease: the outbox has these back already.
                if (claimEpoch[i] == epoch)
                {
                    if (lane == DeliveryLane.Broadcast)
                    {
                        // These rows wait for a reply claim begun now: every reply queued before them was in
                        // the outbox by then, so a reply never falls behind a broadcast message to its chat.
                        claimed = claimed.ConvertAll(item => item with { AfterReplyClaim = replyClaimsStarted + 1 });
                        replyClaimOwed = true;
                    }

                    claimed.ForEach(item => queue.Enqueue(item with { Epoch = epoch }));
                }

                // Only a claim that took less than it asked for has left no older reply behind.
                if (lane == DeliveryLane.Reply && drained)
                {
                    replyClaimsDrained = replyClaimsStarted;
                }
            }

            if (claiming[i] is null && mayHaveMore[i] && queue.Count < options.ClaimBatchSize / 2)
            {
                StartClaim(lane, epoch, ct);
            }
        }

        // Owed to the broadcast rows just taken, however many replies are waiting already.
        if (replyClaimOwed && claiming[(int)DeliveryLane.Reply] is null)
        {
            StartClaim(DeliveryLane.Reply, epoch, ct);
        }
    }

    /// <summary>The lane's next message, unless the lane is empty or its next one still waits for a reply claim.</summary>
    public bool TryTake(DeliveryLane lane, out WorkItem item)
    {
        if (queues[(int)lane].TryPeek(out item!) && item.AfterReplyClaim <= replyClaimsDrained)
        {
            queues[(int)lane].Dequeue();
            return true;
        }

        return false;
    }

    /// <summary>Messages claimed for the lane and not yet taken.</summary>
    public int Count(DeliveryLane lane) => queues[(int)lane].Count;

    /// <summary>Drops what was claimed and not taken: the outbox has it back, as Pending, from the lease's new taking.</summary>
    public void Forget()
    {
        foreach (var queue in queues)
        {
            queue.Clear();
        }

        mayHaveMore[0] = mayHaveMore[1] = true;
    }

    private void StartClaim(DeliveryLane lane, int epoch, CancellationToken ct)
    {
        var i = (int)lane;
        mayHaveMore[i] = false;
        claimEpoch[i] = epoch;
        var wanted = Math.Max(1, options.ClaimBatchSize - queues[i].Count);
        if (lane == DeliveryLane.Reply)
        {
            replyClaimsStarted++;
            replyClaimOwed = false;
        }

        // SQLite's driver works synchronously: the claim gets a thread of its own.
        claiming[i] = Task.Run(
            async () =>
            {
                // A claim that failed says nothing of what is left behind.
                var claimed = await ClaimAsync(lane, wanted, ct);
                return (claimed ?? [], claimed is not null && claimed.Count < wanted);
            },
            CancellationToken.None);
    }

    /// <summary>The rows claimed; null when the claim failed.</summary>
    private async Task<List<WorkItem>?> ClaimAsync(DeliveryLane lane, int wanted, CancellationToken ct)
    {
        try
        {
            var claimed = await claim(lane, wanted, ct);
            if (claimed.Count == wanted)
            {
                // A full batch: there may be more behind it; the next refill looks again.
                Volatile.Write(ref mayHaveMore[(int)lane], true);
            }

            return claimed;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Claiming {Lane} deliveries on {Channel} failed; trying again shortly", lane, channel);
            return null;
        }
        finally
        {
            wakeUp.Notify();
        }
    }
}
