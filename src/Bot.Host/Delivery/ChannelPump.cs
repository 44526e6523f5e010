using System.Diagnostics;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Telemetry;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// Sends one channel's outbox at its limits. A single loop takes the next message — one whose chat was just
/// freed, else a reply, else a broadcast message — and asks the limits for it, so a running broadcast never
/// delays an answer by more than one free slot. Sends to different chats run concurrently, up to MaxInFlight.
/// Each rule it keeps is a part of its own:
/// <list type="bullet">
/// <item>the lease (<see cref="LeaseKeeper"/>): it sends only while this instance holds the channel's lease, and
/// forgets what it claimed under an earlier taking of it;</item>
/// <item>the lanes (<see cref="DeliveryLanes"/>): rows claimed beside the sends, replies first, and never a reply
/// behind a broadcast message to its chat that was queued after it;</item>
/// <item>each chat's turn (<see cref="ChatTurns"/>, at <see cref="ChatLimits"/>): one message on its way per chat,
/// in order; a 429 holds its chat back, and pauses the lanes (<see cref="LanePauses"/>) only when it says the
/// bot as a whole is throttled;</item>
/// <item>the channel's overall limit (<see cref="ChannelLimiter"/>), whose place a send gives back when it is
/// stopped unsent;</item>
/// <item>the recording of results (<see cref="ResultRecorder"/>): a send holds its slot until its result is
/// recorded, which bounds what a crash or an outage can make go twice.</item>
/// </list>
/// Each send is a span continuing the trace of the update that wrote the message, and is counted by its result.
/// A renewal or a results write that fails stops the sending at once (the sends on the wire finish, and their
/// results wait in memory until the database takes them); a lease kept through it carries on with what it holds.
/// Its timing is the system's clock (a test may give it another), never the bot's: rates and leases are real time.
/// </summary>
internal sealed class ChannelPump
{
    /// <summary>How long, at a stop, the last results and the lease's release may wait for the database.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private readonly IChannelSender sender;
    private readonly ChannelLimits limits;
    private readonly DeliverySignal outbox;
    private readonly DeliveryOptions options;
    private readonly Health.ChannelHealth health;
    private readonly Configuration.SecretRedactor redactor;
    private readonly BotMetrics metrics;
    private readonly ILogger logger;
    private readonly TimeProvider clock;

    // Notices from the parts to the loop: a claim came back, a result was recorded, the lease was renewed.
    private readonly DeliverySignal wakeUp = new();
    private readonly LeaseKeeper lease;
    private readonly DeliveryLanes lanes;
    private readonly LanePauses pauses;
    private readonly ChatTurns chats;
    private readonly ResultRecorder recorder;
    private readonly SkipReasons skips;

    public ChannelPump(
        IChannelSender sender,
        ChannelLimits limits,
        DeliveryStore store,
        DeliverySignal outbox,
        DeliveryOptions options,
        Health.ChannelHealth health,
        Persistence.Erasures erasures,
        Configuration.SecretRedactor redactor,
        ChannelLeases leases,
        IReadOnlyList<IDeliveryHook> hooks,
        BotMetrics metrics,
        ILogger logger,
        TimeProvider? clock = null)
    {
        (this.sender, this.limits, this.outbox, this.options, this.health, this.redactor, this.metrics, this.logger) = (sender, limits, outbox, options, health, redactor, metrics, logger);
        this.clock = clock ?? TimeProvider.System;
        var channel = sender.Channel;
        var ownChat = sender.OwnChat;
        // What the lease is for: the channel, or one console user's terminal.
        var leaseKey = ownChat is { } chat ? $"{channel}:{chat}" : channel.ToString();
        lease = new LeaseKeeper(
            ct => leases.HoldAsync(leaseKey, options.LeaseLength, ct),
            ct => leases.ReleaseAsync(leaseKey, ct),
            ct => store.RequeueInterruptedAsync(channel, ownChat, ct),
            options, wakeUp, this.clock, logger, redactor, channel);
        lanes = new DeliveryLanes((lane, wanted, ct) => store.ClaimAsync(channel, lane, wanted, ct, ownChat), outbox, wakeUp, options, this.clock, logger, channel);
        pauses = new LanePauses(limits, this.clock);
        chats = new ChatTurns(limits, pauses, this.clock, logger, channel);
        recorder = new ResultRecorder(store.RecordAsync, options.CompletionBatchSize, this.clock, logger, redactor, channel);
        skips = new SkipReasons(erasures, hooks, logger, redactor, channel);
    }

    public ChannelKind Channel => sender.Channel;

    public async Task RunAsync(CancellationToken stop)
    {
        var limiter = new ChannelLimiter(limits, clock);
        // A slot for each send on the wire or sent and not yet recorded.
        using var inFlight = new SemaphoreSlim(options.MaxInFlight);
        var recording = Task.Run(() => recorder.RunAsync(written => Recorded(written, inFlight), stop), CancellationToken.None);
        var keeping = Task.Run(() => lease.KeepAsync(stop), CancellationToken.None);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (!MaySend())
                {
                    await Task.WhenAny(wakeUp.WaitAsync(options.LeaseRenewal, stop, clock), Task.Delay(options.LeaseRenewal, clock, stop));
                    stop.ThrowIfCancellationRequested();
                    continue;
                }

                chats.ReleaseFinished(lease.Epoch);
                await lanes.RefillAsync(lease.Epoch, stop);
                if (Next() is not { } item)
                {
                    var idle = IdleWait();
                    await Task.WhenAny(outbox.WaitAsync(idle, stop, clock), wakeUp.WaitAsync(idle, stop, clock));
                    stop.ThrowIfCancellationRequested();
                    continue;
                }

                if (!MaySend())
                {
                    chats.Later(item);
                    continue;
                }

                // Claimed before its person was erased, or before its subject closed: it stays unsent, and takes no
                // place in the platform's limits.
                if (await skips.ForAsync(item, stop) is { } skipped)
                {
                    await inFlight.WaitAsync(stop);
                    var result = new SendResult.Skipped(skipped);
                    metrics.Sent(Channel, item.Lane, result, TimeSpan.Zero);
                    Done(item, result, clock.GetTimestamp(), inFlight);
                    continue;
                }

                if (!chats.WithinChatLimit(item, clock.GetTimestamp()))
                {
                    continue;
                }

                await limiter.AcquireOverallAsync(item.Lane, stop);
                await inFlight.WaitAsync(stop);
                // A renewal or a write that failed while this one waited for its slot stops it here, unsent: its
                // place in the limits and its slot are given back.
                if (!MaySend())
                {
                    limiter.Finished(item.Lane, clock.GetTimestamp());
                    inFlight.Release();
                    chats.Later(item);
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

            recorder.Complete();
            await recording;
            await keeping;
            await lease.ReleaseAsync();
        }
    }

    /// <summary>True while this instance may send: it holds the lease, and the database takes the sends' results.</summary>
    private bool MaySend()
    {
        if (recorder.Fails || !lease.Holds(out var takenAfresh))
        {
            return false;
        }

        if (takenAfresh)
        {
            // What was claimed under an earlier taking is the outbox's again, as Pending.
            lanes.Forget();
            chats.Forget();
        }

        return true;
    }

    /// <summary>
    /// The next message to send: one whose chat just became free or whose chat limit passed, then replies,
    /// then broadcasts; none from a paused lane. A message to a busy chat is held behind the one before it.
    /// </summary>
    private WorkItem? Next()
    {
        var now = clock.GetTimestamp();
        if (chats.NextFreed(now) is { } freed)
        {
            return freed;
        }

        foreach (var lane in DeliveryLanes.InOrder)
        {
            while (!pauses.IsPaused(lane, now) && lanes.TryTake(lane, out var item))
            {
                if (chats.TryStart(item))
                {
                    return item;
                }
            }
        }

        return null;
    }

    /// <summary>Until the idle interval, the first message aside may go, or a paused lane with messages resumes.</summary>
    private TimeSpan IdleWait()
    {
        var now = clock.GetTimestamp();
        var until = now + Ticks(options.IdlePollInterval);
        if (chats.NextAsideDue() is { } due)
        {
            until = Math.Min(until, due);
        }

        foreach (var lane in DeliveryLanes.InOrder)
        {
            var paused = pauses.Until(lane);
            if (paused > now && lanes.Count(lane) > 0)
            {
                until = Math.Min(until, paused);
            }
        }

        return clock.GetElapsedTime(now, Math.Max(until, now + Ticks(TimeSpan.FromMilliseconds(1))));
    }

    /// <summary>
    /// Sends one message and hands it on, whatever happens: however the send or its own error handling fails, its
    /// place in the limits is given back and <see cref="Done"/> runs, so its slot is never lost (a lost slot would
    /// also make the stop, which waits for every slot, wait forever).
    /// </summary>
    private async Task SendAsync(WorkItem item, ChannelLimiter limiter, SemaphoreSlim inFlight)
    {
        // What is recorded when even the send's own error handling failed: maybe sent, so it goes again later.
        SendResult result = new SendResult.RetryLater("the send broke off");
        var started = clock.GetTimestamp();
        using var span = BotTelemetry.Source.StartActivity("bot.send", ActivityKind.Producer, BotTelemetry.TraceParentOf(item.TraceParent));
        span?.SetTag("bot.channel", BotTelemetry.Tag(Channel));
        span?.SetTag("bot.lane", BotTelemetry.Tag(item.Lane));
        span?.SetTag("bot.delivery.id", item.Id);
        try
        {
            result = await SendOrSkipAsync(item);
        }
        finally
        {
            var answeredAt = clock.GetTimestamp();
            span?.SetTag("bot.send.result", BotMetrics.Tag(result));
            if (result is SendResult.Failed or SendResult.RetryLater { Cause: not RetryCause.RateLimited })
            {
                span?.SetStatus(ActivityStatusCode.Error);
            }

            try
            {
                metrics.Sent(Channel, item.Lane, result, clock.GetElapsedTime(started, answeredAt));
                limiter.Finished(item.Lane, answeredAt);

                // Reachable and answering (a refusal for one chat says nothing about the platform), or not.
                health.Report(Channel, result is not SendResult.RetryLater { After: null });
            }
            finally
            {
                Done(item, result, answeredAt, inFlight);
            }
        }
    }

    private async Task<SendResult> SendOrSkipAsync(WorkItem item)
    {
        try
        {
            using var timeout = new CancellationTokenSource(options.SendTimeout, clock);
            // Erased in the moment since it was let go: it stays unsent.
            return skips.WasErased(item)
                ? new SendResult.Skipped(SkipReasons.Erased)
                : await sender.SendAsync(item.Message(), timeout.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Sending delivery {DeliveryId} on {Channel} threw {Error}", item.Id, Channel, redactor.Redact(ex.ToString()));
            return new SendResult.RetryLater(ex.GetType().Name);
        }
    }

    /// <summary>A message's send came back (or it was let go unsent): its chat is freed, its result goes to the recorder.</summary>
    private void Done(WorkItem item, SendResult result, long at, SemaphoreSlim inFlight)
    {
        try
        {
            chats.Finished(item, result, at);
        }
        finally
        {
            // Asked to wait: the message stays claimed and waits in memory, ahead of its chat's next ones (a stop
            // or a lost lease puts it back in the outbox like any claimed message), and nothing was sent: its slot
            // is free now. Any other result keeps the slot until the recorder has written it.
            if (result is SendResult.RetryLater { After: not null } || !recorder.TryAdd(new Completion(item, result)))
            {
                inFlight.Release();
            }

            wakeUp.Notify();
        }
    }

    /// <summary>Results written (or given up at a stop): their sends' slots are free.</summary>
    private void Recorded(int count, SemaphoreSlim inFlight)
    {
        inFlight.Release(count);
        wakeUp.Notify();
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * clock.TimestampFrequency);
}
