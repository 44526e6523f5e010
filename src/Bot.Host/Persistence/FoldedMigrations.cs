using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// The migrations written before 5 December 2026 (19 for SQLite, 9 for PostgreSQL) were folded into one,
/// Initial, made from the model as it was at their end. A database made by them and brought to their end
/// has Initial's schema (a test compares the two), so its history is rewritten to say just that, and the
/// migrations after Initial apply to it as to any other. One stopped part way through them cannot be
/// brought up to date by this build: the start stops and says how to bring it there first.
/// </summary>
internal static class FoldedMigrations
{
    /// <summary>The last commit whose bot still has the migrations that were folded (and brings a database to their end).</summary>
    public const string LastCommitWithThem = "2189a0f";

    /// <summary>The last of the folded migrations, per provider.</summary>
    public static string LastOf(DatabaseFacade database) =>
        database.IsNpgsql() ? "20261205180047_DashboardSessions_Postgres" : "20261205180033_DashboardSessions";

    /// <summary>
    /// Before the host starts, so that a database this build cannot take stops the start with one line rather than
    /// a failed service's stack trace: throws <see cref="DatabaseTooOldException"/> for one the folded migrations left
    /// part way. A database not there yet, or not reachable yet, is the migrator's to make or report.
    /// </summary>
    public static async Task CheckAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        if (scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.DatabaseFile() is { } file && !File.Exists(file))
        {
            return;
        }

        try
        {
            await FoldedAsync(db, ct);
        }
        catch (System.Data.Common.DbException)
        {
            // Not reachable now: the migrator tries, and says so.
        }
    }

    /// <summary>Rewrites the history of a database made by the folded migrations; throws for one they left half way.</summary>
    public static async Task BaselineAsync(BotDbContext db, ILogger logger, CancellationToken ct)
    {
        var (folded, ours) = await FoldedAsync(db, ct);
        if (folded.Count == 0)
        {
            return;
        }

        var history = db.GetService<IHistoryRepository>();
        var script = string.Concat(folded.Select(history.GetDeleteScript))
            + history.GetInsertScript(new HistoryRow(ours[0], ProductInfo.GetVersion()));
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Database.ExecuteSqlRawAsync(script, ct);
            await transaction.CommitAsync(ct);
        }

        logger.LogInformation("The database was made by the {Count} migrations that are now {Initial}; its history says so now", folded.Count, ours[0]);
    }

    /// <summary>The folded migrations the database's history lists, and this build's; throws when those listed stop part way.</summary>
    private static async Task<(List<string> Folded, List<string> Ours)> FoldedAsync(BotDbContext db, CancellationToken ct)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var ours = db.Database.GetMigrations().ToList();
        if (applied.Contains(ours[0], StringComparer.Ordinal))
        {
            // Made by Initial: any migration it lists that this build lacks came from a newer build, not the folded ones.
            return ([], ours);
        }

        var folded = applied.Except(ours, StringComparer.Ordinal).ToList();
        if (folded.Count > 0 && (!applied.Contains(LastOf(db.Database)) || folded.Count != applied.Count))
        {
            throw new DatabaseTooOldException(
                $"The database was made by an older build of the bot and stopped at its migration {folded.Order(StringComparer.Ordinal).Last()}. "
                + $"Start the bot at commit {LastCommitWithThem} once, which brings it up to date, then this build.");
        }

        return (folded, ours);
    }
}
