using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// The outbox as the delivery worker uses it: rows are claimed (Pending → Sending) before they are
/// sent and recorded, in batches, after. A row found in Sending when a channel's lease is taken afresh
/// was claimed by a sender that stopped: it goes back to Pending and is sent again.
/// </summary>
internal sealed class DeliveryStore(
    IServiceScopeFactory scopes,
    WriteGate writes,
    TimeProvider clock,
    IOptions<DeliveryOptions> options,
    Configuration.SecretRedactor redactor,
    WalCheckpoint checkpoint,
    IEnumerable<IDeliveryHook> deliveryHooks,
    ILogger<DeliveryStore> logger)
{
    private readonly IReadOnlyList<IDeliveryHook> hooks = [.. deliveryHooks];

    /// <summary>
    /// Puts a channel's claimed rows back to Pending, when its lease is taken afresh: the last holder
    /// stopped (or this one lost the lease) with them claimed, and they are sent again.
    /// </summary>
    public Task RequeueInterruptedAsync(ChannelKind channel, string? chat, CancellationToken ct) => writes.WriteAsync(() => RequeueAsync(channel, chat, ct), ct);

    private async Task RequeueAsync(ChannelKind channel, string? chat, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var requeued = await db.Deliveries
            .Where(d => d.Status == DeliveryStatus.Sending && d.Channel == channel && (chat == null || d.ChatId == chat))
            .ExecuteUpdateAsync(row => row.SetProperty(d => d.Status, DeliveryStatus.Pending), ct);
        if (requeued > 0)
        {
            logger.LogInformation("Requeued {Count} {Channel} deliveries claimed by the last sender", requeued, channel);
        }
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> due rows of one channel and lane, oldest first, and returns only
    /// the rows this call changed from Pending to Sending: one UPDATE … RETURNING, atomic in SQLite, so a
    /// row erased, cancelled or taken by someone else between a read and a write is never sent.
    /// </summary>
    public Task<List<WorkItem>> ClaimAsync(ChannelKind channel, DeliveryLane lane, int max, CancellationToken ct, string? chat = null) =>
        writes.WriteAsync(() => ClaimNowAsync(channel, lane, max, chat, ct), ct);

    private async Task<List<WorkItem>> ClaimNowAsync(ChannelKind channel, DeliveryLane lane, int max, string? chat, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        var dialect = SqlDialect.Of(db.Database);
        command.CommandText = $"""
            UPDATE "Deliveries" SET "Status" = 'Sending', "Attempts" = "Attempts" + 1
            WHERE "Id" IN (
                SELECT "Id" FROM "Deliveries"
                WHERE "Status" = 'Pending' AND "Channel" = @channel AND "Lane" = @lane AND "NextAttemptAt" <= @now
                  AND (@chat IS NULL OR "ChatId" = @chat)
                ORDER BY "Id" LIMIT @max
                {dialect.ClaimLock})
            AND "Status" = 'Pending'
            RETURNING "Id", "ChatId", "PayloadJson", "TraceParent"
            """;
        command.AddParameter("@channel", channel.ToString());
        command.AddParameter("@lane", (int)lane);
        command.AddParameter("@now", dialect.Instant(clock.GetUtcNow()));
        command.AddParameter("@max", max);
        command.AddParameter("@chat", (object?)chat ?? DBNull.Value, System.Data.DbType.String);
        var claimed = new List<WorkItem>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                claimed.Add(new WorkItem(reader.GetInt64(0), channel, reader.GetString(1), lane, reader.GetString(2)) { TraceParent = reader.IsDBNull(3) ? null : reader.GetString(3) });
            }
        }

        // RETURNING gives no order; the pump sends oldest first.
        claimed.Sort((x, y) => x.Id.CompareTo(y.Id));
        return claimed;
    }

    /// <summary>
    /// Records what the sends came to, in one transaction, with their effects on members. A result applies only to
    /// a row still on its way (claimed, or put back in the outbox): one recorded late, after an outage, finds a
    /// row another instance has since sent and finished, and leaves it as it is.
    /// </summary>
    public Task RecordAsync(IReadOnlyList<Completion> completions, CancellationToken ct) => writes.WriteAsync(() => RecordNowAsync(completions, ct), ct);

    private async Task RecordNowAsync(IReadOnlyList<Completion> completions, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Most sends simply went: one prepared statement marks them, rather than loading and tracking each row.
        await MarkSentAsync(db, completions.Where(c => c.Result is SendResult.Sent).ToList(), now, ct);
        if (hooks.Count > 0)
        {
            var results = completions.Select(c => (c.Item.Message(), c.Result)).ToList();
            foreach (var hook in hooks)
            {
                await hook.RecordedAsync(db, results, now, ct);
            }
        }
        var others = completions.Where(c => c.Result is not SendResult.Sent).ToList();
        if (others.Count > 0)
        {
            var ids = others.Select(c => c.Item.Id).ToList();
            var rows = await db.Deliveries.Where(d => ids.Contains(d.Id) && (d.Status == DeliveryStatus.Sending || d.Status == DeliveryStatus.Pending))
                .ToDictionaryAsync(d => d.Id, ct);
            foreach (var (item, result) in others)
            {
                if (rows.TryGetValue(item.Id, out var row))
                {
                    await ApplyAsync(db, row, item, Redacted(result), now, ct);
                }
            }

            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        // A sign-in link is a reply; its text, dropped from the outbox now, leaves SQLite's log too.
        if (completions.Any(c => c.Item.Lane == DeliveryLane.Reply && c.Item.Message().HoldsSecret))
        {
            checkpoint.Request();
        }
    }

    /// <summary>What <see cref="OutboxRow.MarkSent"/> does, for many rows at once.</summary>
    private static async Task MarkSentAsync(BotDbContext db, List<Completion> sent, DateTimeOffset now, CancellationToken ct)
    {
        if (sent.Count == 0)
        {
            return;
        }

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = """
            UPDATE "Deliveries" SET "Status" = 'Sent', "SentMessageId" = @message, "CompletedAt" = @now, "LastError" = NULL, "PayloadJson" = @none
            WHERE "Id" = @id AND "Status" IN ('Sending', 'Pending')
            """;
        command.AddParameter("@now", SqlDialect.Of(db.Database).Instant(now));
        command.AddParameter("@none", OutboxRow.NoPayload);
        var message = command.AddParameter("@message", DBNull.Value, System.Data.DbType.String);
        var id = command.AddParameter("@id", 0L);
        foreach (var (item, result) in sent)
        {
            message.Value = (object?)((SendResult.Sent)result).MessageId ?? DBNull.Value;
            id.Value = item.Id;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task ApplyAsync(BotDbContext db, OutboxRow row, WorkItem item, SendResult result, DateTimeOffset now, CancellationToken ct)
    {
        switch (result)
        {
            case SendResult.Sent sent:
                row.MarkSent(sent.MessageId, now);
                break;
            case SendResult.RetryLater retry when row.Attempts < options.Value.MaxAttempts:
                row.RetryAt(now + Backoff(row.Attempts), retry.Reason);
                break;
            case SendResult.RetryLater retry:
                row.MarkFailed($"gave up after {row.Attempts} attempts: {retry.Reason}", now);
                logger.LogWarning("Delivery {DeliveryId} on {Channel} failed after {Attempts} attempts ({Reason})", row.Id, row.Channel, row.Attempts, retry.Reason);
                break;
            case SendResult.Unreachable unreachable:
                row.MarkUnreachable(unreachable.Reason, now);
                await foreach (var member in db.Members.Where(m => m.Channel == row.Channel && m.ChatId == row.ChatId).AsAsyncEnumerable().WithCancellation(ct))
                {
                    member.BlockedTheBot();
                }

                break;
            case SendResult.Migrated migrated:
                var from = row.ChatId;
                if (row.MigrateTo(migrated.NewChatId, now))
                {
                    await foreach (var member in db.Members.Where(m => m.Channel == row.Channel && m.ChatId == from).AsAsyncEnumerable().WithCancellation(ct))
                    {
                        member.MoveChat(migrated.NewChatId);
                    }

                    logger.LogWarning("A {Channel} chat moved to a new id; if it is named in configuration, update it there", row.Channel);
                }
                else
                {
                    row.MarkFailed("the chat moved again", now);
                }

                break;
            case SendResult.Skipped skipped:
                row.MarkSkipped(skipped.Reason, now);
                break;
            case SendResult.Failed failed:
                row.MarkFailed(failed.Reason, now);
                logger.LogWarning("Delivery {DeliveryId} refused by {Channel}: {Reason}", row.Id, row.Channel, failed.Reason);
                break;
        }

        TellAboutFailure(db, row, item, result, now);
    }

    /// <summary>
    /// Tells whoever the message names (a coordinator, for a cross-post) that it failed: once at the first
    /// retry, and again, saying so, if it is given up.
    /// </summary>
    private static void TellAboutFailure(BotDbContext db, OutboxRow row, WorkItem item, SendResult result, DateTimeOffset now)
    {
        var (text, reason) = (result, item.Message().OnFailure) switch
        {
            (_, null) => (null, null),
            (SendResult.RetryLater retry, { } notice) when row.Attempts == 1 && row.Status == DeliveryStatus.Pending => (notice.Text, retry.Reason),
            (SendResult.RetryLater or SendResult.Failed or SendResult.Unreachable, { } notice) when row.Status is DeliveryStatus.Failed or DeliveryStatus.Unreachable
                => (notice.GaveUpText, row.LastError),
            _ => (null, null),
        };
        if (text is not null && item.Message().OnFailure is { } to)
        {
            db.Deliveries.Add(OutboxRow.Create(new OutboundMessage(to.To, $"{text} {Markup.Escape(reason ?? string.Empty)}"), now));
        }
    }

    /// <summary>A platform's words, which go to the row, the log and perhaps a coordinator, without any secret they echo.</summary>
    private SendResult Redacted(SendResult result) => result switch
    {
        SendResult.RetryLater retry => retry with { Reason = redactor.Redact(retry.Reason) },
        SendResult.Unreachable unreachable => unreachable with { Reason = redactor.Redact(unreachable.Reason) },
        SendResult.Failed failed => failed with { Reason = redactor.Redact(failed.Reason) },
        SendResult.Skipped skipped => skipped with { Reason = redactor.Redact(skipped.Reason) },
        _ => result,
    };

    /// <summary>Exponential backoff with jitter, so many failed sends do not retry in lockstep.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var exponential = options.Value.FirstRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 10));
        var capped = exponential < TimeSpan.FromMinutes(10) ? exponential : TimeSpan.FromMinutes(10);
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }
}
