using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// Turns broadcasts into outbox rows, one short transaction per batch of recipients (the cursor moves
/// in the same commit, so a restart continues without writing anyone twice), then follows each one and
/// reports its progress to the coordinator who sent it: one message, edited as it goes, and a final report.
/// </summary>
public sealed class BroadcastWorker(
    IServiceScopeFactory scopes,
    WriteGate writes,
    Broadcasts.Audiences audiences,
    DeliverySignal deliverySignal,
    TimeProvider clock,
    IOptions<DeliveryOptions> options,
    IEnumerable<IDeliveryHook> hooks,
    MessagingWindows windows,
    ILogger<BroadcastWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var busy = await FanOutAsync(stoppingToken);
                await ReportAsync(stoppingToken);
                if (!busy)
                {
                    await Task.Delay(options.Value.BroadcastPollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Broadcast round failed; trying again shortly");
                await Task.Delay(options.Value.BroadcastPollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Writes the next batch of one broadcast's recipients; false when no broadcast is fanning out.</summary>
    public Task<bool> FanOutAsync(CancellationToken ct) => writes.WriteAsync(() => FanOutNowAsync(ct), ct);

    private async Task<bool> FanOutNowAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var broadcast = await db.Broadcasts.Where(b => b.Status == BroadcastStatus.FanningOut).OrderBy(b => b.Id).FirstOrDefaultAsync(ct);
        if (broadcast is null)
        {
            return false;
        }

        var size = options.Value.FanOutBatchSize;
        var recipients = await audiences.Of(db, broadcast)
            .Where(m => m.Id > broadcast.Cursor)
            .OrderBy(m => m.Id)
            .Take(size)
            .Select(m => new { m.Id, m.Channel, m.ChatId, m.Language, m.LastMessageAt })
            .ToListAsync(ct);
        // Each language's message is written once per channel; a row takes its address from its own columns.
        var content = broadcast.ReadContent();
        var messages = new Dictionary<(Language, ChannelKind), (OutboundMessage Message, string Payload)>();
        (OutboundMessage Message, string Payload) Written(Language language, ChannelKind channel)
        {
            if (!messages.TryGetValue((language, channel), out var written))
            {
                var message = content.For(new Recipient(channel, "-"), language);
                messages[(language, channel)] = written = (message, OutboxRow.WritePayload(message));
            }

            return written;
        }

        var now = clock.GetUtcNow();
        // Its subject closed while its recipients were still being written: the rest are not sent.
        string? closed = null;
        foreach (var hook in hooks)
        {
            closed ??= await hook.FanOutSkipReasonAsync(db, broadcast, ct);
        }

        var rows = new List<OutboxRow>(recipients.Count);
        foreach (var recipient in recipients)
        {
            var (message, payload) = Written(recipient.Language, recipient.Channel);
            var row = OutboxRow.FromPayload(new Recipient(recipient.Channel, recipient.ChatId), DeliveryLane.Broadcast, payload, now, broadcast.Id);
            // Outside the person's messaging window only an approved template may go (WhatsApp); nothing on Messenger.
            if ((closed ?? windows.SkipReason(recipient.Channel, recipient.LastMessageAt, now, message.Template, recipient.Language)) is { } reason)
            {
                row.MarkSkipped(reason, now);
            }

            rows.Add(row);
        }

        if (recipients.Count > 0)
        {
            broadcast.Wrote(recipients.Count, recipients[^1].Id);
        }

        if (recipients.Count < size)
        {
            broadcast.AllWritten();
        }

        try
        {
            // The rows and the cursor in one commit, which the broadcast's version lets only one instance make.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await OutboxWriter.InsertAsync(db, rows, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogDebug("Broadcast {BroadcastId}: another instance wrote this batch; its rows were rolled back here", broadcast.Id);
            return true;
        }

        if (broadcast.Status == BroadcastStatus.Sending)
        {
            logger.LogInformation("Broadcast {BroadcastId} ({Kind}) queued for {Count} recipients", broadcast.Id, broadcast.Kind, broadcast.Queued);
        }

        deliverySignal.Notify();
        return true;
    }

    /// <summary>Reports progress of the broadcasts being sent, and closes those that are finished.</summary>
    public async Task ReportAsync(CancellationToken ct)
    {
        List<long> sending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            sending = await scope.ServiceProvider.GetRequiredService<BotDbContext>().Broadcasts
                .Where(b => b.Status == BroadcastStatus.Sending).Select(b => b.Id).ToListAsync(ct);
        }

        foreach (var id in sending)
        {
            try
            {
                await writes.WriteAsync(() => ReportOneAsync(id, ct), ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance reported or closed it a moment earlier: its report stands, this one is rolled back.
                logger.LogDebug("Broadcast {BroadcastId} was reported by another instance", id);
            }
        }

        deliverySignal.Notify();
    }

    /// <summary>One broadcast's progress or final report, in one transaction with the broadcast's new state.</summary>
    private async Task ReportOneAsync(long id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var broadcast = await db.Broadcasts.SingleAsync(b => b.Id == id, ct);
        var now = clock.GetUtcNow();
        var counts = await Broadcasts.Audiences.CountAsync(db, broadcast, ct);
        var report = broadcast.ReportDue(counts, now, options.Value.ProgressInterval);
        if (report is { Final: true })
        {
            broadcast.Complete(now, counts);
            if (broadcast.ReportTo is { } reportTo)
            {
                db.Deliveries.Add(OutboxRow.Create(new OutboundMessage(reportTo, report.Text), now));
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation(
                "Broadcast {BroadcastId} done: {Sent} sent, {Unreachable} unreachable, {Failed} failed, {Skipped} skipped",
                broadcast.Id, counts.Sent, counts.Unreachable, counts.Failed, counts.Skipped);
            return;
        }

        if (report is null || broadcast.ReportTo is not { } to)
        {
            return;
        }

        // One progress message, edited in place once it has been sent; until then, wait.
        string? replaces = null;
        if (broadcast.ProgressDeliveryId is { } first)
        {
            replaces = await db.Deliveries.Where(d => d.Id == first).Select(d => d.SentMessageId).SingleOrDefaultAsync(ct);
            if (replaces is null)
            {
                return;
            }
        }

        var progress = OutboxRow.Create(new OutboundMessage(to, report.Text) { ReplacesMessageId = replaces }, now);
        db.Deliveries.Add(progress);
        await db.SaveChangesAsync(ct);
        broadcast.Reported(report.Text, now, progress.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
