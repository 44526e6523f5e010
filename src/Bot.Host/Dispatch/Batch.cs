using System.Data;
using System.Data.Common;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Dispatch;

/// <summary>
/// The pieces of one unit of work: each in its own scope and savepoint, sharing the batch's context (one
/// context for a hundred updates rather than a hundred contexts), its connection and its transaction.
/// </summary>
public sealed class Batch : IAsyncDisposable
{
    private readonly IServiceScopeFactory scopes;
    private readonly BotDbContext db;
    private readonly DbTransaction transaction;
    private readonly TimeProvider clock;
    private readonly OutboxWriter outbox;
    private readonly List<Action> afterCommit = [];
    private readonly List<Action> ifUndone = [];
    private readonly ILogger logger;
    private int pieces;

    internal Batch(IServiceScopeFactory scopes, BotDbContext db, DbTransaction transaction, TimeProvider clock, ILogger logger)
    {
        this.logger = logger;
        this.scopes = scopes;
        this.db = db;
        this.transaction = transaction;
        this.clock = clock;
        outbox = new OutboxWriter(db);
    }

    /// <summary>
    /// Runs statements on the batch's own context and connection, for the batch as a whole (which of its
    /// updates were handled before, flood counts), in a savepoint: when they throw, what they did is undone.
    /// </summary>
    public async Task<T> OnTheBatchAsync<T>(Func<BotDbContext, DbTransaction, Task<T>> work, CancellationToken ct)
    {
        var savepoint = $"piece{++pieces}";
        await transaction.SaveAsync(savepoint, ct);
        try
        {
            var result = await work(db, transaction);
            await transaction.ReleaseAsync(savepoint, ct);
            return result;
        }
        catch (Exception ex) when (!UnitOfWork.IsSerializationConflict(ex))
        {
            await transaction.RollbackAsync(savepoint, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Outbox rows the batch's kept pieces wrote.</summary>
    public int Outgoing { get; private set; }

    /// <summary>
    /// Runs one piece in a scope of its own, on the batch's context and transaction. Its changes and the
    /// messages it returns are kept (true); when it returns null, or throws, everything it did is undone and
    /// the batch goes on without it.
    /// </summary>
    public async Task<bool> RunAsync(Func<IServiceProvider, Task<IReadOnlyList<OutboundMessage>?>> work, CancellationToken ct)
    {
        var savepoint = $"piece{++pieces}";
        await using var scope = scopes.CreateAsyncScope();
        var piece = scope.ServiceProvider.GetRequiredService<BatchContext>();
        piece.Lend(db);
        await transaction.SaveAsync(savepoint, ct);
        try
        {
            if (await work(scope.ServiceProvider) is not { } outgoing)
            {
                await UndoAsync(savepoint);
                Run(piece.Take().IfUndone);
                return false;
            }

            var now = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            await outbox.WriteAsync(outgoing.Select(m => OutboxRow.Create(m, now)), ct);
            await transaction.ReleaseAsync(savepoint, ct);
            Outgoing += outgoing.Count;
            var (committed, undone) = piece.Take();
            afterCommit.AddRange(committed);
            ifUndone.AddRange(undone);
            return true;
        }
        catch (Exception ex) when (!UnitOfWork.IsSerializationConflict(ex))
        {
            await UndoAsync(savepoint);
            Run(piece.Take().IfUndone);
            throw;
        }
        catch
        {
            // The whole run is refused: what this piece did outside the database is undone with it.
            Run(piece.Take().IfUndone);
            throw;
        }
        finally
        {
            // The next piece starts from what is in the database, not from what this one had in hand.
            db.ChangeTracker.Clear();
        }
    }

    private async Task UndoAsync(string savepoint) => await transaction.RollbackAsync(savepoint, CancellationToken.None);

    /// <summary>Runs what the kept pieces left for after the commit, now that it is made.</summary>
    internal void Committed() => Run(afterCommit);

    /// <summary>Undoes what the kept pieces did outside the database: the run was not committed.</summary>
    internal void Undone() => Run(ifUndone);

    /// <summary>
    /// Each on its own: one that throws is logged and the others still run, and the unit of work's outcome stands
    /// (committed is committed; a run refused is still run again).
    /// </summary>
    private void Run(IReadOnlyList<Action> actions)
    {
        foreach (var action in actions)
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Something a unit of work does outside the database, after its commit or to undo it, failed");
            }
        }
    }

    public ValueTask DisposeAsync() => outbox.DisposeAsync();
}
