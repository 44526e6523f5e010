using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// Sends one channel's outbox at its limits. A single loop takes the next message — a reply whenever
/// one is waiting, else a broadcast message — and asks the limiters for it, so a running broadcast never
/// delays an answer by more than one free slot. Sends to different chats run concurrently, up to
/// MaxInFlight; a chat has one message on its way at a time, so its messages arrive in order. Messages
/// whose chat is over its own limit wait aside without holding up other chats. A 429 holds back the chat it
/// was about for the time the platform gives (the refused message waits in memory, ahead of the chat's next
/// ones); the lane pauses only when the 429s say the bot as a whole is throttled (<see cref="ChatLimits"/>).
/// Results are recorded in batches, and a send holds its slot until its result is recorded: at any moment at
/// most MaxInFlight messages are on the wire or sent but not yet recorded, which bounds what a crash or an
/// outage can make go twice.
/// It sends only while this instance holds the channel's lease (<see cref="ChannelLease"/>) and the database
/// takes its results: of several instances on one database one sends, at the platform's limits, and another
/// takes over when it dies. A renewal or a results write that fails stops the sending at once (the sends on
/// the wire finish, and their results wait in memory until the database takes them); a lease kept through it
/// carries on with what it holds. Each time the lease is taken afresh the messages a holder had claimed go
/// back to the outbox, and whatever this pump held from before is forgotten, so a message is never sent
/// twice but for one on the wire, or not yet recorded, at that moment.
/// </summary>
internal sealed class ChannelPump(
    IChannelSender sender,
    ChannelLimits limits,
    DeliveryStore store,
    DeliverySignal signal,
    DeliveryOptions options,
    Health.ChannelHealth health,
    Persistence.Erasures erasures,
    Configuration.SecretRedactor redactor,
    ChannelLeases leases,
    IReadOnlyList<IDeliveryHook> hooks,
    ILogger logger)
{
    public const string ErasedReason = "the person was erased";

    /// <summary>How long, at a stop, the last results and the lease's release may wait for the database.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private static readonly DeliveryLane[] Lanes = [DeliveryLane.Reply, DeliveryLane.Broadcast];

    private readonly Queue<WorkItem>[] queues = [new(), new()];
    private readonly bool[] mayHaveMore = [true, true];
    private readonly Task<(List<WorkItem> Claimed, bool Drained)>?[] claiming = new Task<(List<WorkItem> Claimed, bool Drained)>?[2];
    private readonly long[] pausedUntil = new long[2];
    private readonly PriorityQueue<WorkItem, long> waitingForChat = new();

    // A chat is busy while one of its messages is on its way or waiting for the chat's limit; its later
    // messages are held, in order, until then.
    private readonly HashSet<string> busyChats = [];
    private readonly Dictionary<string, Queue<WorkItem>> held = [];
    private readonly Queue<WorkItem> released = new();
    private readonly ConcurrentQueue<Finished> finishedChats = new();
    private readonly ChatLimits chatLimits = new(limits);
    private readonly DeliverySignal wakeUp = new();
    private readonly Channel<Completion> completions = System.Threading.Channels.Channel.CreateUnbounded<Completion>(new UnboundedChannelOptions { SingleReader = true });
    private long seenSignal = -1;

    // Set while the database refuses the sends' results: nothing more is sent until it takes them.
    private volatile bool recordingFails;

    // Reply claims begun, counted, and the last one that left no reply behind: a broadcast claim's rows wait
    // for a reply claim begun after them to have done so.
    private long replyClaimsStarted;
    private long replyClaimsDrained;
    private bool replyClaimOwed;
    private long nextLook;

    // The lease: until when this instance may send (a Stopwatch timestamp), and how many times it was
    // taken afresh; claims made under an earlier taking are forgotten.
    private long leaseUntil;
    private int epoch;
    private int seenEpoch;
    private readonly int[] claimEpoch = new int[2];

    public ChannelKind Channel => sender.Channel;

    /// <summary>What this pump's lease is for: the channel, or one console user's terminal.</summary>
    private string LeaseKey => sender.OwnChat is { } chat ? $"{Channel}:{chat}" : Channel.ToString();

    public async Task RunAsync(CancellationToken stop)
    {
        var limiter = new ChannelLimiter(limits);
        // A slot for each send on the wire or sent and not yet recorded.
        using var inFlight = new SemaphoreSlim(options.MaxInFlight);
        var recorder = Task.Run(() => RecordAsync(inFlight, stop), CancellationToken.None);
        var keeper = Task.Run(() => KeepLeaseAsync(stop), CancellationToken.None);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (!MaySend())
                {
                    await Task.WhenAny(wakeUp.WaitAsync(options.LeaseRenewal, stop), Task.Delay(options.LeaseRenewal, stop));
                    stop.ThrowIfCancellationRequested();
                    continue;
                }

                ReleaseFinishedChats();
                await RefillAsync(stop);
                if (Next() is not { } item)
                {
                    var idle = IdleWait();
                    await Task.WhenAny(signal.WaitAsync(idle, stop), wakeUp.WaitAsync(idle, stop));
                    stop.ThrowIfCancellationRequested();
                    continue;
                }

                if (!MaySend())
                {
                    Later(item);
                    continue;
                }

                // Claimed before its person was erased, or before its subject closed: it stays unsent, and takes no
                // place in the platform's limits.
                if (await SkipReasonAsync(item, stop) is { } skipped)
                {
                    await inFlight.WaitAsync(stop);
                    Done(item, new SendResult.Skipped(skipped), Stopwatch.GetTimestamp(), inFlight);
                    continue;
                }

                if (!chatLimits.TryAcquire(item.ChatId, Stopwatch.GetTimestamp(), out var dueAt))
                {
                    waitingForChat.Enqueue(item, dueAt);
                    continue;
                }

                await limiter.AcquireOverallAsync(item.Lane, stop);
                await inFlight.WaitAsync(stop);
                // A renewal or a write that failed while this one waited for its slot stops it here, unsent: its
                // place in the limits and its slot are given back.
                if (!MaySend())
                {
                    limiter.Finished(item.Lane, Stopwatch.GetTimestamp());
                    inFlight.Release();
                    Later(item);
                    continue;
                }

                _ = SendAsync(item, limiter, inFlight);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopping: what is claimed but not sent is requeued at the next start, never duplicated.
        }
        finally
        {
            // The sends on the wire finish (each within SendTimeout) and their results are recorded (or, with
            // the database gone, given up: those messages are sent again after the next start).
            for (var slot = 0; slot < options.MaxInFlight; slot++)
            {
                await inFlight.WaitAsync(CancellationToken.None);
            }

            completions.Writer.Complete();
            await recorder;
            await keeper;
            await ReleaseLeaseAsync();
        }
    }

    /// <summary>True while this instance may send: it holds the lease, and the database takes the sends' results.</summary>
    private bool MaySend() => !recordingFails && HoldsLease();

    /// <summary>
    /// A message taken for sending when sending stopped: it waits aside, its chat still busy with it, and goes
    /// first when sending resumes under the same lease (a lease taken afresh forgets it: the outbox has it back).
    /// </summary>
    private void Later(WorkItem item) => waitingForChat.Enqueue(item, Stopwatch.GetTimestamp());

    /// <summary>
    /// True while this instance may send: it holds the lease, and nothing it claimed under an earlier
    /// taking of it is still in memory.
    /// </summary>
    private bool HoldsLease()
    {
        if (Stopwatch.GetTimestamp() >= Interlocked.Read(ref leaseUntil))
        {
            return false;
        }

        var current = Volatile.Read(ref epoch);
        if (current != seenEpoch)
        {
            ForgetClaims();
            seenEpoch = current;
        }

        return true;
    }

    /// <summary>Drops what was claimed but not sent: the outbox has it back, as Pending, from the lease's new taking.</summary>
    private void ForgetClaims()
    {
        foreach (var queue in queues)
        {
            queue.Clear();
        }

        waitingForChat.Clear();
        held.Clear();
        released.Clear();
        busyChats.Clear();
        mayHaveMore[0] = mayHaveMore[1] = true;
    }

    /// <summary>
    /// Takes the channel's lease and renews it. A fresh taking (at start, or from another instance that
    /// died) first puts the messages claimed under the last holder back; a late renewal of its own carries
    /// on with what it holds. Sending stops a renewal interval before the lease would run out, so the
    /// next holder, who waits for it to run out, never overlaps with this one.
    /// </summary>
    private async Task KeepLeaseAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var asked = Stopwatch.GetTimestamp();
            try
            {
                var (held, kept) = await leases.HoldAsync(LeaseKey, options.LeaseLength, stop);
                if (held && !kept)
                {
                    Interlocked.Increment(ref epoch);
                    await store.RequeueInterruptedAsync(Channel, sender.OwnChat, stop);
                    logger.LogInformation("This instance now sends {Channel}'s outbox", Channel);
                }

                Interlocked.Exchange(ref leaseUntil, held ? asked + Ticks(options.LeaseLength - options.LeaseRenewal) : 0);
                wakeUp.Notify();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Sending stops at once: another instance may take the lease over once it runs out, and this one
                // could not tell. The sends on the wire finish; a renewal that succeeds, the lease still this
                // instance's, carries on with what it holds.
                Interlocked.Exchange(ref leaseUntil, 0);
                logger.LogWarning("Renewing the {Channel} lease failed ({Error}); sending stops until it is renewed", Channel, redactor.Redact(ex.Message));
            }

            try
            {
                await Task.Delay(options.LeaseRenewal, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ReleaseLeaseAsync()
    {
        if (Interlocked.Read(ref leaseUntil) == 0)
        {
            return;
        }

        try
        {
            using var stopping = new CancellationTokenSource(StopGrace);
            await leases.ReleaseAsync(LeaseKey, stopping.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Could not give back the {Channel} lease ({Error}); it runs out by itself", Channel, redactor.Redact(ex.Message));
        }
    }

    /// <summary>Why a message taken for sending must stay unsent: its person was erased since, or a feature's hook says so.</summary>
    private async ValueTask<string?> SkipReasonAsync(WorkItem item, CancellationToken ct)
    {
        if (erasures.WasErased(Channel, item.ChatId, item.Id))
        {
            return ErasedReason;
        }

        foreach (var hook in hooks)
        {
            try
            {
                if (await hook.SkipReasonAsync(item.Message(), ct) is { } reason)
                {
                    return reason;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A hook that cannot tell now does not hold the message back.
                logger.LogWarning("Asking {Hook} about delivery {DeliveryId} failed ({Error})", hook.GetType().Name, item.Id, redactor.Redact(ex.Message));
            }
        }

        return null;
    }

    private async Task SendAsync(WorkItem item, ChannelLimiter limiter, SemaphoreSlim inFlight)
    {
        SendResult result;
        try
        {
            using var timeout = new CancellationTokenSource(options.SendTimeout);
            // Erased in the moment since it was let go: it stays unsent.
            result = erasures.WasErased(Channel, item.ChatId, item.Id)
                ? new SendResult.Skipped(ErasedReason)
                : await sender.SendAsync(item.Message(), timeout.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Sending delivery {DeliveryId} on {Channel} threw {Error}", item.Id, Channel, redactor.Redact(ex.ToString()));
            result = new SendResult.RetryLater(ex.GetType().Name);
        }

        var answeredAt = Stopwatch.GetTimestamp();
        try
        {
            limiter.Finished(item.Lane, answeredAt);

            // Reachable and answering (a refusal for one chat says nothing about the platform), or not.
            health.Report(Channel, result is not SendResult.RetryLater { After: null });
        }
        finally
        {
            Done(item, result, answeredAt, inFlight);
        }
    }

    /// <summary>A message's send came back (or it was let go unsent): its chat is freed, its result goes to the recorder.</summary>
    private void Done(WorkItem item, SendResult result, long at, SemaphoreSlim inFlight)
    {
        try
        {
            finishedChats.Enqueue(new Finished(item, result, at));
        }
        finally
        {
            // Asked to wait: the message stays claimed and waits in memory, ahead of its chat's next ones (a stop
            // or a lost lease puts it back in the outbox like any claimed message), and nothing was sent: its slot
            // is free now. Any other result keeps the slot until the recorder has written it.
            if (result is SendResult.RetryLater { After: not null } || !completions.Writer.TryWrite(new Completion(item, result)))
            {
                inFlight.Release();
            }

            wakeUp.Notify();
        }
    }

    /// <summary>
    /// Counts the finished sends against their chats' limits, pauses a lane the platform throttled, and frees
    /// the chats, letting their next held message go.
    /// </summary>
    private void ReleaseFinishedChats()
    {
        while (finishedChats.TryDequeue(out var finished))
        {
            var chat = finished.Item.ChatId;
            if (finished.Item.Epoch != seenEpoch)
            {
                // Sent under an earlier taking of the lease, whose claims are forgotten (the outbox has them back):
                // the chat had a message then, but it frees no chat of this taking's, and a refused one is not
                // sent again from here.
                if (finished.Result is not SendResult.Skipped)
                {
                    chatLimits.Answered(chat, finished.At);
                }

                continue;
            }

            if (finished.Result is SendResult.RetryLater { After: { } after } throttled)
            {
                var refusal = chatLimits.Refused(chat, finished.At, after);
                switch (throttled.Overall ? Refusal.Overall : refusal)
                {
                    case Refusal.Overall:
                        Pause(finished.Item.Lane, after);
                        logger.LogWarning("{Channel} asked the bot as a whole to slow down: sending pauses for {Pause}", Channel, after);
                        break;
                    case Refusal.Unexplained:
                        Pause(finished.Item.Lane, after < ChatLimits.Probe ? after : ChatLimits.Probe);
                        logger.LogInformation("{Channel} asked to wait {Wait} before the next message to a chat the bot had not written to lately; sending pauses for a moment to see whether it meant every chat", Channel, after);
                        break;
                    default:
                        logger.LogInformation("{Channel} asked to wait {Wait} before the next message to one chat; the others go on", Channel, after);
                        break;
                }

                // It goes again when its chat may have it, before the chat's later messages, which stay held.
                chatLimits.TryAcquire(chat, finished.At, out var due);
                waitingForChat.Enqueue(finished.Item, due);
                continue;
            }
            else if (finished.Result is not SendResult.Skipped)
            {
                // Skipped, nothing reached the chat: its next message is not held back for it.
                chatLimits.Answered(chat, finished.At);
            }

            if (held.TryGetValue(chat, out var waiting) && waiting.TryDequeue(out var next))
            {
                released.Enqueue(next);
            }
            else
            {
                held.Remove(chat);
                busyChats.Remove(chat);
            }
        }
    }

    /// <summary>
    /// Writes results as they come, many to a transaction under load, and frees their sends' slots once they are
    /// written. While the database refuses them, sending stops and the results wait here, tried again until the
    /// database is back, however long that takes; when the bot stops meanwhile they are given up (left claimed,
    /// those messages are sent again after the next start: at least once, never lost).
    /// </summary>
    private async Task RecordAsync(SemaphoreSlim inFlight, CancellationToken stop)
    {
        var batch = new List<Completion>();
        while (await completions.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < options.CompletionBatchSize && completions.Reader.TryRead(out var completion))
            {
                batch.Add(completion);
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    // Stopping, the database has a few seconds to take them, not a connection's full timeout.
                    using var stopping = stop.IsCancellationRequested ? new CancellationTokenSource(StopGrace) : null;
                    await store.RecordAsync(batch, stopping?.Token ?? CancellationToken.None);
                    if (recordingFails)
                    {
                        recordingFails = false;
                        logger.LogInformation("The database takes {Channel}'s results again; sending goes on", Channel);
                    }

                    break;
                }
                catch (Exception ex) when (!stop.IsCancellationRequested)
                {
                    if (!recordingFails)
                    {
                        recordingFails = true;
                        logger.LogWarning("Recording {Count} sends on {Channel} failed ({Error}); sending stops until they are recorded", batch.Count, Channel, redactor.Redact(ex.Message));
                    }

                    await Task.Delay(RecordRetry(attempt), CancellationToken.None);
                }
                catch (Exception ex)
                {
                    logger.LogError("Could not record {Count} sends on {Channel} before stopping ({Error}); they stay claimed and go again after the next start", batch.Count, Channel, redactor.Redact(ex.Message));
                    break;
                }
            }

            inFlight.Release(batch.Count);
            wakeUp.Notify();
        }
    }

    /// <summary>0.1 s, 0.2 s, 0.4 s … at most a second between tries, so results are written soon after the database is back.</summary>
    private static TimeSpan RecordRetry(int attempt) => TimeSpan.FromMilliseconds(Math.Min(1000, 100 << Math.Min(attempt - 1, 4)));

    /// <summary>
    /// Claims more rows for a lane running low, when a notice or the poll interval says there may be some.
    /// The claim runs beside the sends (the loop waits for it only when it has nothing else to send), so a
    /// database busy with other writes never stalls the lane.
    /// </summary>
    private async Task RefillAsync(CancellationToken ct)
    {
        var now = Stopwatch.GetTimestamp();
        var version = signal.Version;
        if (version != seenSignal || now >= nextLook)
        {
            seenSignal = version;
            nextLook = now + Ticks(options.IdlePollInterval);
            mayHaveMore[0] = mayHaveMore[1] = true;
        }

        foreach (var lane in Lanes)
        {
            var i = (int)lane;
            var queue = queues[i];
            if (claiming[i] is { IsCompleted: true } done)
            {
                claiming[i] = null;
                var (claimed, drained) = await done;
                // Claimed under an earlier taking of the lease: the outbox has these back already.
                if (claimEpoch[i] == seenEpoch)
                {
                    if (lane == DeliveryLane.Broadcast)
                    {
                        // These rows wait for a reply claim begun now: every reply queued before them was in
                        // the outbox by then, so a reply never falls behind a broadcast message to its chat.
                        claimed = claimed.ConvertAll(item => item with { AfterReplyClaim = replyClaimsStarted + 1 });
                        replyClaimOwed = true;
                    }

                    claimed.ForEach(item => queue.Enqueue(item with { Epoch = seenEpoch }));
                }

                // Only a claim that took less than it asked for has left no older reply behind.
                if (lane == DeliveryLane.Reply && drained)
                {
                    replyClaimsDrained = replyClaimsStarted;
                }
            }

            if (claiming[i] is null && mayHaveMore[i] && queue.Count < options.ClaimBatchSize / 2)
            {
                StartClaim(lane, ct);
            }
        }

        // Owed to the broadcast rows just taken, however many replies are waiting already.
        if (replyClaimOwed && claiming[(int)DeliveryLane.Reply] is null)
        {
            StartClaim(DeliveryLane.Reply, ct);
        }
    }

    private void StartClaim(DeliveryLane lane, CancellationToken ct)
    {
        var i = (int)lane;
        mayHaveMore[i] = false;
        claimEpoch[i] = seenEpoch;
        var wanted = Math.Max(1, options.ClaimBatchSize - queues[i].Count);
        if (lane == DeliveryLane.Reply)
        {
            replyClaimsStarted++;
            replyClaimOwed = false;
        }

        // SQLite's driver works synchronously: the claim gets a thread of its own.
        claiming[i] = Task.Run(async () =>
        {
            // A claim that failed says nothing of what is left behind.
            var claimed = await ClaimAsync(lane, wanted, ct);
            return (claimed ?? [], claimed is not null && claimed.Count < wanted);
        }, CancellationToken.None);
    }

    /// <summary>The rows claimed; null when the claim failed.</summary>
    private async Task<List<WorkItem>?> ClaimAsync(DeliveryLane lane, int wanted, CancellationToken ct)
    {
        try
        {
            var claimed = await store.ClaimAsync(Channel, lane, wanted, ct, sender.OwnChat);
            if (claimed.Count == wanted)
            {
                // A full batch: there may be more behind it; the next refill looks again.
                Volatile.Write(ref mayHaveMore[(int)lane], true);
            }

            return claimed;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Claiming {Lane} deliveries on {Channel} failed; trying again shortly", lane, Channel);
            return null;
        }
        finally
        {
            wakeUp.Notify();
        }
    }

    /// <summary>
    /// The next message to send: one whose chat just became free or whose chat limit passed, then replies,
    /// then broadcasts; none from a paused lane. A message to a busy chat is held behind the one before it.
    /// </summary>
    private WorkItem? Next()
    {
        var now = Stopwatch.GetTimestamp();
        while (released.TryDequeue(out var freed))
        {
            if (!IsPaused(freed.Lane, now))
            {
                return freed;
            }

            // The chat is free, its lane is not: it waits aside for the pause to end.
            waitingForChat.Enqueue(freed, pausedUntil[(int)freed.Lane]);
        }

        if (waitingForChat.TryPeek(out var aside, out var due) && due <= now && !IsPaused(aside.Lane, now))
        {
            return waitingForChat.Dequeue();
        }

        foreach (var lane in Lanes)
        {
            while (!IsPaused(lane, now) && queues[(int)lane].TryPeek(out var item) && item.AfterReplyClaim <= replyClaimsDrained)
            {
                queues[(int)lane].Dequeue();
                if (busyChats.Add(item.ChatId))
                {
                    return item;
                }

                if (!held.TryGetValue(item.ChatId, out var waiting))
                {
                    held[item.ChatId] = waiting = new Queue<WorkItem>();
                }

                waiting.Enqueue(item);
            }
        }

        return null;
    }

    private TimeSpan IdleWait()
    {
        var now = Stopwatch.GetTimestamp();
        var until = now + Ticks(options.IdlePollInterval);
        if (waitingForChat.TryPeek(out var aside, out var due))
        {
            until = Math.Min(until, Math.Max(due, pausedUntil[(int)aside.Lane]));
        }

        foreach (var lane in Lanes)
        {
            var paused = pausedUntil[(int)lane];
            if (paused > now && queues[(int)lane].Count > 0)
            {
                until = Math.Min(until, paused);
            }
        }

        return Stopwatch.GetElapsedTime(now, Math.Max(until, now + Ticks(TimeSpan.FromMilliseconds(1))));
    }

    /// <summary>
    /// Pauses the lane the platform throttled; both when they share one limit (no paid broadcasts), since
    /// the other would only be refused too.
    /// </summary>
    private void Pause(DeliveryLane lane, TimeSpan after)
    {
        var until = Stopwatch.GetTimestamp() + Ticks(after);
        foreach (var paused in limits.PaidBroadcast ? [lane] : Lanes)
        {
            pausedUntil[(int)paused] = Math.Max(pausedUntil[(int)paused], until);
        }
    }

    private bool IsPaused(DeliveryLane lane, long now) => pausedUntil[(int)lane] > now;

    /// <summary>A send that came back: what the platform said, and when.</summary>
    private sealed record Finished(WorkItem Item, SendResult Result, long At);

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
