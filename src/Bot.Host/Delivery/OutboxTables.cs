using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;

namespace GenYCity.Bot.Host.Delivery;

internal sealed class OutboxRowConfiguration : IEntityTypeConfiguration<OutboxRow>
{
    public void Configure(EntityTypeBuilder<OutboxRow> delivery)
    {
        delivery.HasKey(d => d.Id);
        delivery.Property(d => d.ChatId).HasMaxLength(128);
        delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        // Stored as its number: the worker orders by it, and Reply (0) must come before Broadcast (1).
        delivery.Property(d => d.Lane).HasConversion<int>();
        delivery.Property(d => d.SentMessageId).HasMaxLength(128);
        delivery.Property(d => d.LastError).HasMaxLength(OutboxRow.MaxErrorLength);
        delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
        // Claims read one channel and lane in id order.
        delivery.HasIndex(d => new { d.Status, d.Channel, d.Lane, d.Id });
        delivery.Property(d => d.MigratedFromChatId).HasMaxLength(128);
        delivery.Property(d => d.TraceParent).HasMaxLength(OutboxRow.TraceParentLength);
        delivery.HasIndex(d => new { d.BroadcastId, d.Status });
        // A platform's later word about a sent message (WhatsApp's failed status) finds it by its id there.
        delivery.HasIndex(d => new { d.Channel, d.SentMessageId });
    }
}

/// <summary>
/// New outbox rows written many at a time (a broadcast's batch of recipients, the answers of a batch of
/// updates): one INSERT, prepared once and run for each row on the context's connection and transaction,
/// rather than a tracked entity and a generated statement for each.
/// </summary>
internal sealed class OutboxWriter(BotDbContext db) : IAsyncDisposable
{
    private const string Insert = """
        INSERT INTO "Deliveries" ("Channel", "ChatId", "Lane", "PayloadJson", "Status", "Attempts", "CreatedAt", "NextAttemptAt", "CompletedAt", "LastError", "BroadcastId", "TraceParent")
        VALUES (@channel, @chat, @lane, @payload, @status, 0, @created, @next, @completed, @error, @broadcast, @trace)
        """;

    private static readonly string[] Columns = ["@channel", "@chat", "@lane", "@payload", "@status", "@created", "@next", "@completed", "@error", "@broadcast", "@trace"];
    private readonly SqlDialect dialect = SqlDialect.Of(db.Database);
    private System.Data.Common.DbCommand? command;
    private Dictionary<string, System.Data.Common.DbParameter> columns = [];

    public static async Task InsertAsync(BotDbContext db, IReadOnlyList<OutboxRow> rows, CancellationToken ct)
    {
        await using var writer = new OutboxWriter(db);
        await writer.WriteAsync(rows, ct);
    }

    public async Task WriteAsync(IEnumerable<OutboxRow> rows, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.CanCreateBatch)
        {
            // PostgreSQL is across the network: many rows to a round trip rather than one each.
            foreach (var chunk in rows.Chunk(200))
            {
                await using var batch = connection.CreateBatch();
                batch.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                foreach (var row in chunk)
                {
                    var insert = batch.CreateBatchCommand();
                    insert.CommandText = Insert;
                    foreach (var (name, value) in Values(row))
                    {
                        var parameter = insert.CreateParameter();
                        parameter.ParameterName = name;
                        parameter.Value = value;
                        if (TypeOf(name) is { } type)
                        {
                            parameter.DbType = type;
                        }

                        insert.Parameters.Add(parameter);
                    }

                    batch.BatchCommands.Add(insert);
                }

                await batch.ExecuteNonQueryAsync(ct);
            }

            return;
        }

        foreach (var row in rows)
        {
            var insert = await PrepareAsync(ct);
            foreach (var (name, value) in Values(row))
            {
                columns[name].Value = value;
            }

            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private IEnumerable<(string Name, object Value)> Values(OutboxRow row)
    {
        yield return ("@channel", row.Channel.ToString());
        yield return ("@chat", row.ChatId);
        yield return ("@lane", (int)row.Lane);
        yield return ("@payload", row.PayloadJson);
        yield return ("@status", row.Status.ToString());
        yield return ("@created", dialect.Instant(row.CreatedAt));
        yield return ("@next", dialect.Instant(row.NextAttemptAt));
        yield return ("@completed", row.CompletedAt is { } completed ? dialect.Instant(completed) : DBNull.Value);
        yield return ("@error", (object?)row.LastError ?? DBNull.Value);
        yield return ("@broadcast", (object?)row.BroadcastId ?? DBNull.Value);
        yield return ("@trace", (object?)row.TraceParent ?? DBNull.Value);
    }

    /// <summary>The columns that can be null: a null needs its type on PostgreSQL, which cannot infer it.</summary>
    private System.Data.DbType? TypeOf(string name) => name switch
    {
        "@completed" => dialect.InstantType,
        "@error" => System.Data.DbType.String,
        "@broadcast" => System.Data.DbType.Int64,
        "@trace" => System.Data.DbType.String,
        _ => null,
    };

    public async ValueTask DisposeAsync()
    {
        if (command is not null)
        {
            await command.DisposeAsync();
        }
    }

    private async Task<System.Data.Common.DbCommand> PrepareAsync(CancellationToken ct)
    {
        if (command is not null)
        {
            return command;
        }

        await db.Database.OpenConnectionAsync(ct);
        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = Insert;
        columns = Columns.ToDictionary(name => name, name => command.AddParameter(name, DBNull.Value, TypeOf(name)));
        return command;
    }
}

internal sealed class ChannelLeaseConfiguration : IEntityTypeConfiguration<ChannelLease>
{
    public void Configure(EntityTypeBuilder<ChannelLease> lease)
    {
        lease.HasKey(l => l.Key);
        lease.Property(l => l.Key).HasMaxLength(160);
        lease.Property(l => l.Holder).HasMaxLength(200);
    }
}

/// <summary>
/// The messages to the person. Erased: replies and notices to them go, in whatever state; rows of
/// broadcasts stay for the broadcast's counts, without their chat or content, and one not sent yet is
/// closed as skipped, so the broadcast still finishes. A message the pump already holds is stopped
/// there (<see cref="Erasures"/>).
/// </summary>
internal sealed class OutboxPersonalData(BotDbContext db, Erasures erasures, BatchContext unitOfWork) : IPersonalDataPart
{
    public IReadOnlyList<Type> Tables { get; } = [typeof(OutboxRow)];

    public async Task CollectAsync(Member member, PersonalData data, CancellationToken ct)
    {
        var rows = await db.Deliveries.AsNoTracking().Where(d => d.Channel == member.Channel && d.ChatId == member.ChatId).OrderBy(d => d.Id).ToListAsync(ct);
        data.Add("messagesToYou", rows
            .Select(d => new PersonalData.DeliveryData(d.CreatedAt, d.Status.ToString(), d.CompletedAt, d.PayloadJson == OutboxRow.NoPayload ? null : d.ReadMessage().Text))
            .ToList());
    }

    public async Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct)
    {
        var mine = db.Deliveries.Where(d => d.Channel == member.Channel && d.ChatId == member.ChatId);
        await mine.Where(d => d.BroadcastId == null).ExecuteDeleteAsync(ct);
        await mine.Where(d => d.BroadcastId != null && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Sending))
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DeliveryStatus.Skipped).SetProperty(x => x.LastError, SkipReasons.Erased).SetProperty(x => x.CompletedAt, now), ct);
        await mine.ExecuteUpdateAsync(
            d => d.SetProperty(x => x.ChatId, string.Empty).SetProperty(x => x.PayloadJson, OutboxRow.NoPayload)
                .SetProperty(x => x.SentMessageId, (string?)null).SetProperty(x => x.MigratedFromChatId, (string?)null),
            ct);
        // Read inside this transaction, after its first write: no other writer can add a row below it now.
        var lastDelivery = await db.Deliveries.MaxAsync(d => (long?)d.Id, ct) ?? 0;
        // This instance's memory, once the erasure is committed: a run that is undone or run again erases nobody.
        var (channel, chat) = (member.Channel, member.ChatId);
        unitOfWork.AfterCommit(() => erasures.Record(channel, chat, lastDelivery));
        // And for the other instances, whose pumps may hold a message to this chat already claimed.
        await db.ErasedChats.Where(e => e.Channel == member.Channel && e.ChatId == member.ChatId).ExecuteDeleteAsync(ct);
        db.ErasedChats.Add(new ErasedChat(member.Channel, member.ChatId, lastDelivery, now));
    }
}
