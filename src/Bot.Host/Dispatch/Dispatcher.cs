using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dispatch;

/// <summary>What became of one inbound update.</summary>
public enum DispatchOutcome
{
    Handled,
    /// <summary>Already processed before (a redelivery); nothing was done.</summary>
    Duplicate,
    /// <summary>Handling failed; the person got an apology and the update is marked processed.</summary>
    Apologised,
    /// <summary>Nothing could be written; the channel should offer the update again later.</summary>
    RetryLater,
    /// <summary>The person is flooding the bot and is ignored for a while.</summary>
    Ignored,
}

/// <summary>
/// Runs each inbound update as one unit of work: one scope, one transaction holding the domain's
/// changes, the processed-update mark and the outgoing messages (outbox rows). An update already
/// marked is skipped, so a redelivery after a crash neither loses nor doubles an effect.
/// </summary>
public sealed class Dispatcher(UnitOfWork unitOfWork, FloodGuard floodGuard, TimeProvider clock, ILogger<Dispatcher> logger)
{
    public async Task<DispatchOutcome> DispatchAsync(InboundMessage message, CancellationToken ct)
    {
        var verdict = await floodGuard.CheckAsync(message, ct);
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
                return await HandleOnceAsync(message, async (bot, token) => [await bot.WarnAboutFloodingAsync(message, token)], ct);
            }

            return await HandleOnceAsync(message, (bot, token) => bot.HandleAsync(message, token), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Handling update {UpdateKey} from {Channel} failed; the person gets an apology", message.UpdateKey, message.Channel);
        }

        try
        {
            // A fresh unit of work: the failed one holds half-made changes that must not be saved.
            var outcome = await HandleOnceAsync(message, async (bot, token) => [await bot.ApologiseAsync(message, token)], ct);
            return outcome == DispatchOutcome.Handled ? DispatchOutcome.Apologised : outcome;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Could not record update {UpdateKey} from {Channel}; it will be offered again", message.UpdateKey, message.Channel);
            return DispatchOutcome.RetryLater;
        }
    }

    private async Task<DispatchOutcome> HandleOnceAsync(
        InboundMessage message,
        Func<IBot, CancellationToken, Task<IReadOnlyList<OutboundMessage>>> handle,
        CancellationToken ct)
    {
        var committed = await unitOfWork.RunAsync(async services =>
        {
            var db = services.GetRequiredService<BotDbContext>();
            if (await db.ProcessedUpdates.AnyAsync(u => u.Key == message.UpdateKey, ct))
            {
                logger.LogDebug("Skipping update {UpdateKey}: already processed", message.UpdateKey);
                return null;
            }

            db.ProcessedUpdates.Add(new ProcessedUpdate(message.UpdateKey, ProcessedUpdate.SenderOf(message.Channel, message.UserId), clock.GetUtcNow()));
            return await handle(services.GetRequiredService<IBot>(), ct);
        }, ct);
        return committed ? DispatchOutcome.Handled : DispatchOutcome.Duplicate;
    }
}
