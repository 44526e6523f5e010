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
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
