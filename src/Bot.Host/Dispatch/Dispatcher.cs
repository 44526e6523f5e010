using System.Diagnostics;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dispatch;

/// <summary>
/// Runs inbound updates as units of work: each in its own scope and savepoint, holding the domain's changes,
/// the processed-update mark and the outgoing messages (outbox rows); the updates that arrived together (a
/// getUpdates call, webhook calls at the same moment) share one transaction and one commit. An update already
/// marked is skipped, so a redelivery after a crash neither loses nor doubles an effect; an update that fails
/// is undone alone (its sender gets an apology) and the others are kept; they are handled one after another,
/// in the order they came, so one chat's updates keep their order. Each unit of work is a span, each update a span
/// within it (whose trace the messages it writes carry to their sends), and each update is counted with its outcome.
/// </summary>
public sealed class Dispatcher(UnitOfWork unitOfWork, FloodGuard floodGuard, TimeProvider clock, BotMetrics metrics, ILogger<Dispatcher> logger)
{
    public async Task<DispatchOutcome> DispatchAsync(InboundMessage message, CancellationToken ct) => (await DispatchAsync([message], ct))[0];

    /// <summary>
    /// What became of each update, in order. When the commit fails, every one of them is <see cref="DispatchOutcome.RetryLater"/>.
    /// <paramref name="receivedIn"/>: the spans that received them, when those are not the current one (webhook calls batched together).
    /// </summary>
    public async Task<IReadOnlyList<DispatchOutcome>> DispatchAsync(IReadOnlyList<InboundMessage> messages, CancellationToken ct, IEnumerable<ActivityLink>? receivedIn = null)
    {
        var outcomes = new DispatchOutcome[messages.Count];
        var started = Stopwatch.GetTimestamp();
        using var unit = BotTelemetry.Source.StartActivity("bot.unit_of_work", ActivityKind.Internal, parentContext: default, links: receivedIn);
        unit?.SetTag("bot.updates", messages.Count);
        try
        {
            await unitOfWork.RunBatchAsync(
                async batch =>
                {
                    // Redeliveries are recognised (and not counted as the sender's messages) before anything is done.
                    var done = await HandledBeforeAsync(batch, messages, ct);
                    var fresh = Enumerable.Range(0, messages.Count).Where(i => !done.Contains(messages[i].UpdateKey)).DistinctBy(i => messages[i].UpdateKey).ToList();
                    var counted = await floodGuard.CheckAsync(batch, fresh.Select(i => messages[i]).ToList(), ct);
                    var verdicts = fresh.Select((at, i) => (at, verdict: counted[i])).ToDictionary(x => x.at, x => x.verdict);
                    for (var i = 0; i < messages.Count; i++)
                    {
                        // After an update that could not be recorded, the rest wait for it: they are offered
                        // again after it, so no chat's later update is handled before its earlier one.
                        if (i > 0 && outcomes[i - 1] == DispatchOutcome.RetryLater)
                        {
                            outcomes[i] = DispatchOutcome.RetryLater;
                            continue;
                        }

                        if (done.Contains(messages[i].UpdateKey))
                        {
                            outcomes[i] = Duplicate(messages[i]);
                            continue;
                        }

                        outcomes[i] = await DispatchAsync(batch, messages[i], verdicts.GetValueOrDefault(i, FloodVerdict.Allow), ct);
                        if (outcomes[i] != DispatchOutcome.RetryLater)
                        {
                            done.Add(messages[i].UpdateKey);
                        }
                    }
                },
                ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Could not record {Count} updates; they will be offered again", messages.Count);
            Array.Fill(outcomes, DispatchOutcome.RetryLater);
            unit?.SetStatus(ActivityStatusCode.Error, "the unit of work could not be committed");
        }

        metrics.Handled(messages, outcomes, Stopwatch.GetElapsedTime(started));
        return outcomes;
    }

    /// <summary>The updates of the batch that were handled before: redeliveries.</summary>
    private static async Task<HashSet<string>> HandledBeforeAsync(Batch batch, IReadOnlyList<InboundMessage> messages, CancellationToken ct)
    {
        var keys = messages.Select(m => m.UpdateKey).Distinct().ToList();
        return await batch.OnTheBatchAsync(
            async (db, _) => (await db.ProcessedUpdates.AsNoTracking().Where(u => keys.Contains(u.Key)).Select(u => u.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
            ct);
    }

    private DispatchOutcome Duplicate(InboundMessage message)
    {
        logger.LogDebug("Skipping update {UpdateKey}: already processed", message.UpdateKey);
        return DispatchOutcome.Duplicate;
    }

    private async Task<DispatchOutcome> DispatchAsync(Batch batch, InboundMessage message, FloodVerdict verdict, CancellationToken ct)
    {
        using var update = BotTelemetry.Source.StartActivity("bot.update");
        update?.SetTag("bot.channel", BotTelemetry.Tag(message.Channel));
        var outcome = await DispatchInSpanAsync(batch, message, verdict, ct);
        update?.SetTag("bot.outcome", BotMetrics.Tag(outcome));
        if (outcome is DispatchOutcome.Apologised or DispatchOutcome.RetryLater)
        {
            update?.SetStatus(ActivityStatusCode.Error);
        }

        return outcome;
    }

    private async Task<DispatchOutcome> DispatchInSpanAsync(Batch batch, InboundMessage message, FloodVerdict verdict, CancellationToken ct)
    {
        if (verdict == FloodVerdict.Ignore)
        {
            logger.LogDebug("Ignoring update {UpdateKey}: its sender is flooding the bot", message.UpdateKey);
            return DispatchOutcome.Ignored;
        }

        try
        {
            if (verdict == FloodVerdict.Warn)
            {
                logger.LogInformation("A {Channel} user sent more messages than allowed; warned once and ignored for a while", message.Channel);
                return await HandleOnceAsync(batch, message, async (bot, token) => [await bot.WarnAboutFloodingAsync(message, token)], ct);
            }

            return await HandleOnceAsync(batch, message, (bot, token) => bot.HandleAsync(message, token), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && !UnitOfWork.IsSerializationConflict(ex))
        {
            logger.LogError(ex, "Handling update {UpdateKey} from {Channel} failed; the person gets an apology", message.UpdateKey, message.Channel);
        }

        try
        {
            // A piece of its own: what the failed one half-made was undone with its savepoint.
            var outcome = await HandleOnceAsync(batch, message, async (bot, token) => [await bot.ApologiseAsync(message, token)], ct);
            return outcome == DispatchOutcome.Handled ? DispatchOutcome.Apologised : outcome;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && !UnitOfWork.IsSerializationConflict(ex))
        {
            logger.LogError(ex, "Could not record update {UpdateKey} from {Channel}; it will be offered again", message.UpdateKey, message.Channel);
            return DispatchOutcome.RetryLater;
        }
    }

    private async Task<DispatchOutcome> HandleOnceAsync(
        Batch batch,
        InboundMessage message,
        Func<IBot, CancellationToken, Task<IReadOnlyList<OutboundMessage>>> handle,
        CancellationToken ct)
    {
        await batch.RunAsync(async services =>
        {
            services.GetRequiredService<BotDbContext>().ProcessedUpdates.Add(new ProcessedUpdate(message.UpdateKey, ProcessedUpdate.SenderOf(message.Channel, message.UserId), clock.GetUtcNow()));
            return await handle(services.GetRequiredService<IBot>(), ct);
        }, ct);
        return DispatchOutcome.Handled;
    }
}
