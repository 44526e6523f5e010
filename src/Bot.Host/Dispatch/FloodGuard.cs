using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Dispatch;

/// <summary>
/// Counts each person's messages in a window kept in the database, so the instances sharing one count a
/// person's messages together. Over the limit, the person gets one warning and is ignored for a while: the
/// one statement that counts a message also mutes its sender when it is the one too many, so of messages
/// arriving at two instances at once only one is warned about (while ignored, the count goes on past the
/// limit, so no later message is taken for the one too many). When the pause is over the count starts
/// afresh: one who floods again is warned again. A database that cannot count lets the
/// message through; flood control is never why someone goes unanswered.
/// </summary>
public sealed class FloodGuard(IOptions<AbuseOptions> options, TimeProvider clock, ILogger<FloodGuard> logger)
{
    // The one statement, prepared once per batch and run for each message in it.
    private const string Count = """
        INSERT INTO "FloodWindows" ("Person", "WindowStart", "Count", "MutedUntil") VALUES (@person, @now, 1, NULL)
        ON CONFLICT ("Person") DO UPDATE SET
            "WindowStart" = CASE WHEN "FloodWindows"."MutedUntil" > @now THEN "FloodWindows"."WindowStart" WHEN ("FloodWindows"."WindowStart" <= @now - @window OR "FloodWindows"."MutedUntil" <= @now) THEN @now ELSE "FloodWindows"."WindowStart" END,
            "Count" = CASE WHEN "FloodWindows"."MutedUntil" > @now THEN "FloodWindows"."Count" + 1 WHEN ("FloodWindows"."WindowStart" <= @now - @window OR "FloodWindows"."MutedUntil" <= @now) THEN 1 ELSE "FloodWindows"."Count" + 1 END,
            "MutedUntil" = CASE WHEN "FloodWindows"."MutedUntil" > @now THEN "FloodWindows"."MutedUntil" WHEN ("FloodWindows"."WindowStart" <= @now - @window OR "FloodWindows"."MutedUntil" <= @now) THEN NULL WHEN "FloodWindows"."Count" + 1 > @max THEN @mute ELSE NULL END
        RETURNING "Count", "MutedUntil"
        """;

    /// <summary>
    /// Counts each message in the batch's transaction, in order, apart from the batch's pieces (the counts
    /// are kept even when handling a message fails); what to do with each.
    /// </summary>
    public async Task<IReadOnlyList<FloodVerdict>> CheckAsync(Batch batch, IReadOnlyList<InboundMessage> messages, CancellationToken ct)
    {
        var verdicts = new FloodVerdict[messages.Count];
        if (!messages.Any(Counts))
        {
            return verdicts;
        }

        try
        {
            await batch.OnTheBatchAsync(async (db, transaction) => await CountAsync(db.Database.GetDbConnection(), transaction, messages, verdicts, ct), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && !UnitOfWork.IsSerializationConflict(ex) && ex is System.Data.Common.DbException or InvalidOperationException)
        {
            logger.LogWarning("Counting messages for flood control failed ({Error}); letting them through", ex.GetType().Name);
            Array.Fill(verdicts, FloodVerdict.Allow);
        }

        return verdicts;
    }

    private static bool Counts(InboundMessage message) => message.Kind is not (InboundKind.BotBlocked or InboundKind.BotUnblocked);

    private async Task<bool> CountAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, IReadOnlyList<InboundMessage> messages, FloodVerdict[] verdicts, CancellationToken ct)
    {
        var limits = options.Value;
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var muteUntil = now + (long)limits.MuteFor.TotalMilliseconds;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Count;
        var person = command.AddParameter("@person", string.Empty);
        command.AddParameter("@now", now);
        command.AddParameter("@window", (long)limits.Window.TotalMilliseconds);
        command.AddParameter("@max", limits.MaxMessages);
        command.AddParameter("@mute", muteUntil);
        for (var i = 0; i < messages.Count; i++)
        {
            if (!Counts(messages[i]))
            {
                continue;
            }

            person.Value = ProcessedUpdate.SenderOf(messages[i].Channel, messages[i].UserId);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var count = reader.GetInt32(0);
            long? mutedUntil = reader.IsDBNull(1) ? null : reader.GetInt64(1);
            // The one too many is the message this statement muted its sender with.
            verdicts[i] = mutedUntil switch
            {
                { } until when until == muteUntil && count == limits.MaxMessages + 1 => FloodVerdict.Warn,
                { } until when until > now => FloodVerdict.Ignore,
                _ => FloodVerdict.Allow,
            };
        }

        return true;
    }
}

internal sealed class FloodWindowConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<FloodWindow>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<FloodWindow> window)
    {
        window.HasKey(w => w.Person);
        window.Property(w => w.Person).HasMaxLength(160);
        window.HasIndex(w => w.WindowStart);
    }
}
