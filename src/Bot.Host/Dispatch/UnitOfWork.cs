using System.Data;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dispatch;

/// <summary>
/// One scope and one transaction: whatever the work changes and the messages it wants sent (as outbox
/// rows) are committed together, or not at all. The domain reads, checks and writes (the last place at an
/// event, the daily limit of ideas), so units of work must not interleave: SQLite runs one writer at a
/// time; on PostgreSQL the transaction is serializable, and a unit the server refuses because another
/// changed what it read is run again from the start, in a fresh scope.
/// </summary>
public sealed class UnitOfWork(IServiceScopeFactory scopes, DeliverySignal deliverySignal, TimeProvider clock, ILogger<UnitOfWork> logger)
{
    private const int MaxAttempts = 8;

    /// <summary>Runs the work; when it returns null, nothing is committed. True when committed.</summary>
    public async Task<bool> RunAsync(Func<IServiceProvider, Task<IReadOnlyList<OutboundMessage>?>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(work, ct);
            }
            catch (Exception ex) when (attempt < MaxAttempts && IsSerializationConflict(ex))
            {
                logger.LogDebug("A unit of work met a concurrent one (attempt {Attempt}); running it again", attempt);
                // Real time, not the bot's clock: this waits for the other transaction, whatever the clock says.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), ct);
            }
        }
    }

    private async Task<bool> RunOnceAsync(Func<IServiceProvider, Task<IReadOnlyList<OutboundMessage>?>> work, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        await using var transaction = db.Database.IsNpgsql()
            ? await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct)
            : await db.Database.BeginTransactionAsync(ct);
        if (await work(scope.ServiceProvider) is not { } outgoing)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        db.Deliveries.AddRange(outgoing.Select(m => OutboxRow.Create(m, now)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (outgoing.Count > 0)
        {
            deliverySignal.Notify();
        }

        return true;
    }

    /// <summary>PostgreSQL's "could not serialize access" (40001) or a deadlock (40P01), however EF Core wrapped it.</summary>
    private static bool IsSerializationConflict(Exception ex)
    {
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is Npgsql.PostgresException { SqlState: "40001" or "40P01" })
            {
                return true;
            }
        }

        return false;
    }
}
