using System.Collections.Concurrent;
using GenYCity.Bot.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// The chats of people erased in the last minutes, with the last outbox row that existed then. Their rows
/// are gone or closed with the erasure, but a message the delivery pump had already claimed is in its
/// memory: the pump asks here before sending, so nothing queued before the erasure reaches them after
/// their "everything is erased" (which, written later, goes). It also wakes the clean-up that checkpoints
/// SQLite's write-ahead log, so erased text leaves that file too.
/// </summary>
public sealed class Erasures(TimeProvider clock) : IDisposable
{
    /// <summary>Longer than a claimed message can wait in the pump.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<(ChannelKind Channel, string ChatId), (DateTimeOffset At, long LastDeliveryId)> erased = new();
    private readonly SemaphoreSlim happened = new(0);

    public void Record(ChannelKind channel, string chatId, long lastDeliveryId)
    {
        var now = clock.GetUtcNow();
        erased[(channel, chatId)] = (now, lastDeliveryId);
        foreach (var old in erased.Where(e => now - e.Value.At > Remembered))
        {
            erased.TryRemove(old);
        }

        happened.Release();
    }

    /// <summary>Whether this outbox row was queued for a chat before its person was erased.</summary>
    public bool WasErased(ChannelKind channel, string chatId, long deliveryId) =>
        erased.TryGetValue((channel, chatId), out var erasure) && deliveryId <= erasure.LastDeliveryId && clock.GetUtcNow() - erasure.At <= Remembered;

    /// <summary>Waits for the next erasure.</summary>
    public Task WaitAsync(CancellationToken ct) => happened.WaitAsync(ct);

    public void Dispose() => happened.Dispose();
}

/// <summary>
/// After an erasure (once it is committed), checkpoints the write-ahead log into the database file and
/// truncates it: with secure_delete on, the erased rows are then zeroed in the file, and the log no
/// longer holds the pages they were written in.
/// </summary>
internal sealed class ErasureCheckpoint(Erasures erasures, IServiceScopeFactory scopes, ILogger<ErasureCheckpoint> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await erasures.WaitAsync(stoppingToken);
                // The erasure is recorded inside its unit of work: give it a moment to commit.
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                await CheckpointAsync(scopes, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Checkpointing the database after an erasure failed; the nightly retention run does it again");
            }
        }
    }

    /// <summary>Best effort: a reader holding an old snapshot makes SQLite checkpoint what it can now and the rest later.</summary>
    public static async Task CheckpointAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
    }
}
