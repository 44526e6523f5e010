using System.Collections.Concurrent;
using System.Diagnostics;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Polls;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GenYCity.Bot.Host.Polls;

/// <summary>
/// What polls must know of their copies' delivery. A copy claimed before its poll closed is not sent (the
/// poll's status read at most once a second; a closed poll stays closed), nor are the rest of a fan-out that
/// meets the closing. Each native copy that went is recorded under the id its answers carry, in the commit that
/// marks it sent; and one that went while its poll was closing is stopped at once.
/// </summary>
internal sealed class PollDeliveryHook(IServiceScopeFactory scopes) : IDeliveryHook
{
    private readonly ConcurrentDictionary<long, (bool Closed, long ReadAt)> status = new();

    public async ValueTask<string?> SkipReasonAsync(OutboundMessage message, CancellationToken ct) =>
        message.Poll is { } poll && await ClosedAsync(poll.PollId, ct) ? PollRepository.ClosedReason : null;

    public async Task<string?> FanOutSkipReasonAsync(BotDbContext db, Broadcast broadcast, CancellationToken ct) =>
        broadcast.Kind == BroadcastKind.Poll && await db.Polls.AnyAsync(p => p.Id == broadcast.SubjectId && p.Status == PollStatus.Closed, ct)
            ? PollRepository.ClosedReason
            : null;

    public async Task RecordedAsync(BotDbContext db, IReadOnlyList<(OutboundMessage Message, SendResult Result)> results, DateTimeOffset now, CancellationToken ct)
    {
        var sent = results
            .Where(r => r is { Result: SendResult.Sent { NativeId: not null }, Message.Poll: not null })
            .Select(r => (NativeId: ((SendResult.Sent)r.Result).NativeId!, r.Message, MessageId: ((SendResult.Sent)r.Result).MessageId))
            .ToList();
        if (sent.Count == 0)
        {
            return;
        }

        // A batch recorded again (its commit reported a failure that was not one) finds its copies there already.
        var ids = sent.Select(p => p.NativeId).ToList();
        var known = await db.PollMessages.Where(m => ids.Contains(m.PlatformPollId)).Select(m => m.PlatformPollId).ToListAsync(ct);
        var added = sent.Where(p => !known.Contains(p.NativeId)).DistinctBy(p => p.NativeId)
            .Select(p => new PollMessage(p.NativeId, p.Message.Poll!.PollId, now) { Channel = p.Message.To.Channel, ChatId = p.Message.To.ChatId, MessageId = p.MessageId })
            .ToList();
        db.PollMessages.AddRange(added);

        // A copy that was on its way when its poll closed: the closing could not stop it, so it is stopped now.
        var closed = await ClosedWhileRecordingAsync(db, added.Select(copy => copy.PollId).Distinct().ToList(), ct);
        var stops = added.Where(copy => closed.Contains(copy.PollId) && copy.MessageId is not null).Select(copy => OutboxRow.Create(copy.Stop(), now)).ToList();
        await OutboxWriter.InsertAsync(db, stops, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Whether the poll has closed: read from the database at most once a second, and never again once closed.</summary>
    private async Task<bool> ClosedAsync(long pollId, CancellationToken ct)
    {
        var now = Stopwatch.GetTimestamp();
        if (status.TryGetValue(pollId, out var known) && (known.Closed || Stopwatch.GetElapsedTime(known.ReadAt, now) < TimeSpan.FromSeconds(1)))
        {
            return known.Closed;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var closed = await db.Polls.AnyAsync(p => p.Id == pollId && p.Status == PollStatus.Closed, ct);
        status[pollId] = (closed, now);
        return closed;
    }

    /// <summary>
    /// Which of the polls are closed, read by writing their rows (a change of nothing): a closing and this
    /// recording cannot then both miss the other. A closing that wrote its poll first makes this wait for its
    /// commit and read Closed; one that comes after is refused by PostgreSQL (the row changed under its
    /// serializable snapshot) and run again, when it finds the copies recorded here and stops them. A plain
    /// read could see the poll open while the closing, not yet committed, listed the copies without this one.
    /// </summary>
    private static async Task<HashSet<long>> ClosedWhileRecordingAsync(BotDbContext db, List<long> pollIds, CancellationToken ct)
    {
        var closed = new HashSet<long>();
        if (pollIds.Count == 0)
        {
            return closed;
        }

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var names = pollIds.Select((id, i) => command.AddParameter($"@poll{i}", id).ParameterName).ToList();
        // Locked in the order of their ids, as closings lock them, so two polls closing at once cannot deadlock with this.
        command.CommandText = $"""
            UPDATE "Polls" SET "Version" = "Version"
            WHERE "Id" IN (SELECT "Id" FROM "Polls" WHERE "Id" IN ({string.Join(", ", names)}) ORDER BY "Id" {SqlDialect.Of(db.Database).RowLock})
            RETURNING "Id", "Status"
            """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (reader.GetString(1) == nameof(PollStatus.Closed))
            {
                closed.Add(reader.GetInt64(0));
            }
        }

        return closed;
    }
}
