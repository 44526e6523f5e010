using System.Collections.Concurrent;
using GenYCity.Bot.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Persistence;

internal sealed class ErasedChatConfiguration : IEntityTypeConfiguration<ErasedChat>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<ErasedChat> erased)
    {
        erased.HasKey(e => new { e.Channel, e.ChatId });
        erased.Property(e => e.ChatId).HasMaxLength(128);
        erased.HasIndex(e => e.ErasedAt);
    }
}

/// <summary>
/// Every second, the erasures other instances recorded, into this instance's <see cref="Erasures"/>; and
/// every minute, the records older than <see cref="Erasures.Remembered"/> removed.
/// </summary>
internal sealed class ErasureWatch(Erasures erasures, IServiceScopeFactory scopes, WriteGate writes, TimeProvider clock, ILogger<ErasureWatch> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);
    private DateTimeOffset nextPurge;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
                var since = clock.GetUtcNow() - Erasures.Remembered;
                foreach (var erased in await db.ErasedChats.AsNoTracking().Where(e => e.ErasedAt >= since).ToListAsync(stoppingToken))
                {
                    erasures.Learn(erased.Channel, erased.ChatId, erased.LastDeliveryId, erased.ErasedAt);
                }

                // Removing is a write, which SQLite lets one at a time: once a minute is soon enough.
                if (clock.GetUtcNow() >= nextPurge)
                {
                    await writes.WriteAsync(() => db.ErasedChats.Where(e => e.ErasedAt < since).ExecuteDeleteAsync(stoppingToken), stoppingToken);
                    nextPurge = clock.GetUtcNow() + PurgeInterval;
                }

                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
            {
                logger.LogWarning("Reading the erasures of other instances failed ({Error}); trying again", ex.GetType().Name);
                await Task.Delay(Interval, stoppingToken);
            }
        }
    }
}

/// <summary>
/// The chats of people erased in the last minutes, with the last outbox row that existed then. Their rows
/// are gone or closed with the erasure, but a message the delivery pump had already claimed is in its
/// memory: the pump asks here before sending, so nothing queued before the erasure reaches them after
/// their "everything is erased" (which, written later, goes). It also asks for SQLite's write-ahead log to be
/// checkpointed (<see cref="WalCheckpoint"/>), so erased text leaves that file too.
/// </summary>
public sealed class Erasures(TimeProvider clock, WalCheckpoint checkpoint)
{
    /// <summary>Longer than a claimed message can wait in the pump.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<(ChannelKind Channel, string ChatId), (DateTimeOffset At, long LastDeliveryId)> erased = new();

    public void Record(ChannelKind channel, string chatId, long lastDeliveryId) => Learn(channel, chatId, lastDeliveryId, clock.GetUtcNow());

    /// <summary>An erasure this instance made, or one another instance recorded in the database.</summary>
    public void Learn(ChannelKind channel, string chatId, long lastDeliveryId, DateTimeOffset at)
    {
        var now = clock.GetUtcNow();
        if (erased.TryGetValue((channel, chatId), out var known) && known.LastDeliveryId >= lastDeliveryId)
        {
            return;
        }

        erased[(channel, chatId)] = (at, lastDeliveryId);
        foreach (var old in erased.Where(e => now - e.Value.At > Remembered))
        {
            erased.TryRemove(old);
        }

        checkpoint.Request();
    }

    /// <summary>Whether this outbox row was queued for a chat before its person was erased.</summary>
    public bool WasErased(ChannelKind channel, string chatId, long deliveryId) =>
        erased.TryGetValue((channel, chatId), out var erasure) && deliveryId <= erasure.LastDeliveryId && clock.GetUtcNow() - erasure.At <= Remembered;
}
