using GenYCity.Bot.Domain.Delivery;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using DeliveryRow = GenYCity.Bot.Domain.Delivery.Delivery;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// Drains the outbox: replies before broadcasts, each message claimed before it is sent and completed
/// right after. After a crash, claimed messages are sent again: nobody is missed, and only a message
/// that was on the wire at the moment of the crash can arrive twice (at-least-once, because a lost
/// answer is worse for a resident than a repeated one).
/// </summary>
public sealed class DeliveryWorker(
    IServiceScopeFactory scopes,
    IEnumerable<IChannelSender> channelSenders,
    DeliverySignal signal,
    TimeProvider clock,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private readonly Dictionary<ChannelKind, IChannelSender> senders = channelSenders.ToDictionary(s => s.Channel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RequeueInterruptedAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var handled = await DrainOnceAsync(stoppingToken);
                if (handled == 0)
                {
                    await signal.WaitAsync(options.Value.IdlePollInterval, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; claimed messages are picked up again at the next start.
        }
    }

    /// <summary>Sends one batch of due messages; returns how many were handled.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var batch = await ClaimBatchAsync(db, ct);
            var handled = 0;
            foreach (var delivery in batch.TakeWhile(_ => !ct.IsCancellationRequested))
            {
                // Once a send has started it is finished and recorded even during shutdown: a message that
                // went out but stayed marked as claimed would be sent again at the next start. Rows claimed
                // but not yet sent stay claimed and are requeued at the next start, never duplicated.
                var message = delivery.ReadMessage();
                var result = await SendAsync(delivery, message);
                await CompleteAsync(db, delivery, result, CancellationToken.None);
                TellAboutFailure(db, delivery, message, result);
                await db.SaveChangesAsync(CancellationToken.None);
                handled++;
            }

            return handled;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Delivery round failed; trying again shortly");
            await Task.Delay(options.Value.IdlePollInterval, clock, ct);
            await RequeueInterruptedAsync(ct);
            return 0;
        }
    }

    private async Task<List<DeliveryRow>> ClaimBatchAsync(BotDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var channels = senders.Keys.ToList();
        var batch = await db.Deliveries
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && channels.Contains(d.Channel))
            .OrderBy(d => d.Lane)
            .ThenBy(d => d.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(ct);
        foreach (var delivery in batch)
        {
            delivery.Claim();
        }

        await db.SaveChangesAsync(ct);
        return batch;
    }

    private async Task<SendResult> SendAsync(DeliveryRow delivery, OutboundMessage message)
    {
        using var timeout = new CancellationTokenSource(options.Value.SendTimeout);
        try
        {
            return await senders[delivery.Channel].SendAsync(message, timeout.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Sending delivery {DeliveryId} on {Channel} threw", delivery.Id, delivery.Channel);
            return new SendResult.RetryLater(ex.GetType().Name);
        }
    }

    private async Task CompleteAsync(BotDbContext db, DeliveryRow delivery, SendResult result, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        switch (result)
        {
            case SendResult.Sent sent:
                delivery.MarkSent(sent.MessageId, now);
                break;
            case SendResult.RetryLater retry when delivery.Attempts < options.Value.MaxAttempts:
                delivery.RetryAt(now + (retry.After ?? Backoff(delivery.Attempts)), retry.Reason);
                logger.LogInformation("Delivery {DeliveryId} will be retried ({Reason})", delivery.Id, retry.Reason);
                break;
            case SendResult.RetryLater retry:
                delivery.MarkFailed($"gave up after {delivery.Attempts} attempts: {retry.Reason}", now);
                logger.LogWarning("Delivery {DeliveryId} failed after {Attempts} attempts ({Reason})", delivery.Id, delivery.Attempts, retry.Reason);
                break;
            case SendResult.Unreachable unreachable:
                delivery.MarkUnreachable(unreachable.Reason, now);
                var members = await db.Members.Where(m => m.Channel == delivery.Channel && m.ChatId == delivery.ChatId).ToListAsync(ct);
                members.ForEach(m => m.MarkUnreachable());
                logger.LogInformation("Chat on {Channel} is unreachable ({Reason}); member marked", delivery.Channel, unreachable.Reason);
                break;
            case SendResult.Failed failed:
                delivery.MarkFailed(failed.Reason, now);
                logger.LogWarning("Delivery {DeliveryId} refused by {Channel}: {Reason}", delivery.Id, delivery.Channel, failed.Reason);
                break;
        }
    }

    /// <summary>
    /// Tells whoever the message names (a coordinator, for a cross-post) that it failed: once at the first
    /// retry, and again if it is given up.
    /// </summary>
    private void TellAboutFailure(BotDbContext db, DeliveryRow delivery, OutboundMessage message, SendResult result)
    {
        var reason = result switch
        {
            SendResult.RetryLater retry when delivery.Attempts == 1 && delivery.Status == DeliveryStatus.Pending => retry.Reason,
            SendResult.RetryLater or SendResult.Failed or SendResult.Unreachable when delivery.Status != DeliveryStatus.Pending => delivery.LastError,
            _ => null,
        };
        if (message.OnFailure is { } notice && reason is not null)
        {
            db.Deliveries.Add(DeliveryRow.Create(new OutboundMessage(notice.To, $"{notice.Text} {Markup.Escape(reason)}"), clock.GetUtcNow()));
        }
    }

    /// <summary>Exponential backoff with jitter, so many failed sends do not retry in lockstep.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var exponential = options.Value.FirstRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 10));
        var capped = exponential < TimeSpan.FromMinutes(10) ? exponential : TimeSpan.FromMinutes(10);
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }

    private async Task RequeueInterruptedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var interrupted = await db.Deliveries.Where(d => d.Status == DeliveryStatus.Sending).ToListAsync(ct);
        foreach (var delivery in interrupted)
        {
            delivery.RetryAt(clock.GetUtcNow(), "interrupted by a restart");
        }

        await db.SaveChangesAsync(ct);
        if (interrupted.Count > 0)
        {
            logger.LogInformation("Requeued {Count} deliveries interrupted by the last shutdown", interrupted.Count);
        }
    }
}
