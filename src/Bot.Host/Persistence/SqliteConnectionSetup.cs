using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// Settings each SQLite connection needs as it opens. A writer that finds the database locked waits in
/// SQLite's own busy handler, which retries within milliseconds (without it, Microsoft.Data.Sqlite
/// retries every 150 ms, and a reply waits behind a batch of delivery results for that long).
/// synchronous=NORMAL is the setting SQLite recommends with WAL: a commit survives the process being
/// killed; only a power cut can lose the last few commits, never corrupt the file. secure_delete
/// overwrites deleted content with zeros, so what /forgetme erases cannot be read back from the file.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        LimitRetries(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas();
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        LimitRetries(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The driver retries a busy statement (BEGIN IMMEDIATE among them) until the connection's default
    /// timeout; inside a <see cref="SqliteBusyTimeout.Within"/> block that is as short as SQLite's own wait.
    /// </summary>
    private static void LimitRetries(DbConnection connection)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection sqlite)
        {
            sqlite.DefaultTimeout = SqliteBusyTimeout.IsOverridden ? Math.Max(1, (int)Math.Ceiling(SqliteBusyTimeout.Current.TotalSeconds)) : 30;
        }
    }

    private static string Pragmas() =>
        $"PRAGMA busy_timeout = {(long)SqliteBusyTimeout.Current.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";
}

/// <summary>
/// Microsoft.Data.Sqlite goes on retrying a busy statement until the command's timeout (30 s by default):
/// inside a <see cref="SqliteBusyTimeout.Within"/> block the command gives up as soon as SQLite does.
/// </summary>
internal sealed class SqliteCommandSetup : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (SqliteBusyTimeout.IsOverridden)
        {
            result.CommandTimeout = Math.Max(1, (int)Math.Ceiling(SqliteBusyTimeout.Current.TotalSeconds));
        }

        return result;
    }
}
