using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// Checkpoints SQLite's write-ahead log into the database file and truncates it, when something that must not
/// stay readable in the files has just been committed away: an erasure, or a sign-in link's text once it is
/// delivered. With secure_delete on, what was removed is then zeroed in the file, and the log no longer holds
/// the pages it was written in. Requests that come while one runs are served by the next. On PostgreSQL, nothing.
/// </summary>
public sealed class WalCheckpoint(IServiceScopeFactory scopes, WriteGate writes, ILogger<WalCheckpoint> logger) : BackgroundService
{
    private readonly SemaphoreSlim requested = new(0);

    /// <summary>Asks for a checkpoint soon; call it after the commit that removed what must go.</summary>
    public void Request() => requested.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await requested.WaitAsync(stoppingToken);
                // Requests made until now are all served by this checkpoint.
                while (requested.Wait(0, CancellationToken.None))
                {
                }

                await CheckpointAsync(scopes, writes, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
            {
                logger.LogWarning("Checkpointing the database's write-ahead log failed ({Error}); the nightly retention run does it again", ex.Message);
            }
        }
    }

    /// <summary>
    /// On a graceful stop, after the bot's other services (they stop first, in reverse order of registration): the log
    /// is folded into the file and truncated, and this database's pooled connections are closed, so the file alone
    /// holds everything (a copy of it taken with cp is whole), and SQLite removes the log. Best effort: a stop never fails for it.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            if (!db.Database.IsSqlite())
            {
                return;
            }

            await writes.WriteAsync(() => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken), cancellationToken);
            // This database's pool only: another bot in the same process (tests) keeps its own.
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection());
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or OperationCanceledException or ObjectDisposedException)
        {
            logger.LogWarning("Checkpointing the database's write-ahead log at stop failed ({Error}); the log stays beside the file, which SQLite reads together", ex.Message);
        }
    }

    /// <summary>
    /// Best effort: a reader holding an old snapshot makes SQLite checkpoint what it can now and the rest later. It
    /// takes its turn with this process's other writers, whom it would otherwise hold up in SQLite's busy handler.
    /// </summary>
    public static async Task CheckpointAsync(IServiceScopeFactory scopes, WriteGate writes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        if (db.Database.IsSqlite())
        {
            await writes.WriteAsync(() => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct), ct);
        }
    }

    public override void Dispose()
    {
        requested.Dispose();
        base.Dispose();
    }
}
