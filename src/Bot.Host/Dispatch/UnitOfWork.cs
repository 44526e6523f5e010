using System.Data;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Dispatch;

/// <summary>
/// One transaction: whatever the work changes and the messages it wants sent (as outbox rows) are committed
/// together, or not at all. The domain reads, checks and writes (the last place at an event, the daily limit
/// of ideas), so units of work must not interleave: SQLite runs one writer at a time; on PostgreSQL the
/// transaction is serializable, and a unit the server refuses because another changed what it read is run
/// again from the start, in fresh scopes.
/// A <see cref="Batch"/> runs several pieces of work (the updates of one getUpdates call, say) in one
/// transaction, each in a scope and a savepoint of its own: a piece that fails is undone alone, and the rest
/// are committed together, at the cost of one commit.
/// Because a unit may run more than once, what it finds out travels back as its result
/// (<see cref="RunAsync{T}"/>), from the run that counted, never in a variable a refused run set; and what
/// it does outside the database waits for the commit (<see cref="BatchContext.AfterCommit"/>). With
/// Database:RehearseRetries (for tests) every unit's first run is thrown away as if PostgreSQL had refused
/// it, which shows each use case may be run again.
/// </summary>
public sealed class UnitOfWork(
    IServiceScopeFactory scopes, WriteGate writes, DeliverySignal deliverySignal, TimeProvider clock, IOptions<DatabaseOptions> database, ILogger<UnitOfWork> logger)
{
    private const int MaxAttempts = 8;

    private readonly bool rehearse = database.Value.RehearseRetries;

    /// <summary>Runs the work; when it returns null, nothing is committed. True when committed.</summary>
    public async Task<bool> RunAsync(Func<IServiceProvider, Task<IReadOnlyList<OutboundMessage>?>> work, CancellationToken ct) =>
        (await RunAsync(async services => (true, await work(services)), ct)).Kept;

    /// <summary>
    /// Runs the work, which also says what it found (a member, a count); when its messages are null, nothing
    /// is committed. The result is the one of the run that was committed, or that chose to keep nothing.
    /// </summary>
    public async Task<(bool Kept, T Result)> RunAsync<T>(Func<IServiceProvider, Task<(T Result, IReadOnlyList<OutboundMessage>? Outgoing)>> work, CancellationToken ct)
    {
        (bool Kept, T Result) outcome = default;
        await RunBatchAsync(
            async batch =>
            {
                var result = default(T)!;
                var kept = await batch.RunAsync(
                    async services =>
                    {
                        (result, var outgoing) = await work(services);
                        return outgoing;
                    },
                    ct);
                // Set last, once the run has got this far: a run refused later is run again and sets it anew.
                outcome = (kept, result);
            },
            ct);
        return outcome;
    }

    /// <summary>
    /// Runs the pieces the work hands its batch, then commits them all. The work may be run again from the
    /// start (PostgreSQL refused the transaction), so it must start afresh each time it is called. Throws
    /// when the commit fails: then nothing of it was kept.
    /// </summary>
    public async Task RunBatchAsync(Func<Batch, Task> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var run = attempt;
                await writes.WriteAsync(() => RunOnceAsync(work, rehearse && run == 1, ct), ct);
                return;
            }
            catch (Exception ex) when (attempt < MaxAttempts && IsSerializationConflict(ex))
            {
                logger.LogDebug("A unit of work met a concurrent one (attempt {Attempt}); running it again", attempt);
                // Real time, not the bot's clock: this waits for the other transaction, whatever the clock says.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), ct);
            }
        }
    }

    private async Task RunOnceAsync(Func<Batch, Task> work, bool refuse, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        await using var transaction = db.Database.IsNpgsql()
            ? await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct)
            : await db.Database.BeginTransactionAsync(ct);
        await using var batch = new Batch(scopes, db, transaction.GetDbTransaction(), clock, logger);
        db.Database.AutoSavepointsEnabled = false;
        db.Lent = true;
        try
        {
            await work(batch);
            if (refuse)
            {
                await transaction.RollbackAsync(ct);
                throw Rehearsed();
            }

            await transaction.CommitAsync(ct);
        }
        catch
        {
            batch.Undone();
            throw;
        }
        finally
        {
            db.Lent = false;
        }

        batch.Committed();
        if (batch.Outgoing > 0)
        {
            deliverySignal.Notify();
        }
    }

    /// <summary>What PostgreSQL says when it refuses a serializable transaction, for the rehearsal.</summary>
    private static Npgsql.PostgresException Rehearsed() =>
        new("could not serialize access (rehearsed: Database:RehearseRetries)", "ERROR", "ERROR", "40001");

    /// <summary>PostgreSQL's "could not serialize access" (40001) or a deadlock (40P01), however EF Core wrapped it.</summary>
    public static bool IsSerializationConflict(Exception ex)
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
