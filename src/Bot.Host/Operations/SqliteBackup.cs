using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GenYCity.Bot.Host.Operations;

/// <summary>
/// A consistent copy of the bot's SQLite database, taken while the bot runs: SQLite's online backup copies the
/// database as one snapshot (write-ahead logging lets the bot go on writing meanwhile, into the log), into a file
/// beside the one asked for, which is checked (PRAGMA integrity_check) and only then given its name.
/// </summary>
public static class SqliteBackup
{
    public static async Task RunAsync(string databaseFile, string copy, bool force, TextWriter output, CancellationToken ct)
    {
        if (!File.Exists(databaseFile))
        {
            throw new CommandRefusedException($"There is no SQLite database at {databaseFile}: run backup with the settings the bot runs with.");
        }

        if (File.Exists(copy) && !force)
        {
            throw new CommandRefusedException($"{copy} exists: name another file, or add --force to replace it.");
        }

        if (string.Equals(RealPath(copy), RealPath(databaseFile), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandRefusedException("The copy cannot be the database itself: name another file.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        var partial = copy + ".partial";
        DeletePartial(partial);
        try
        {
            await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await source.OpenAsync(ct);
                await destination.OpenAsync(ct);
                await using (var wait = new SqliteCommand("PRAGMA busy_timeout = 10000;", source))
                {
                    await wait.ExecuteNonQueryAsync(ct);
                }

                source.BackupDatabase(destination);
                // One file, with no log beside it: the copy is complete by itself, to be moved or archived as it is.
                await using var single = new SqliteCommand("PRAGMA journal_mode=DELETE;", destination);
                await single.ExecuteNonQueryAsync(ct);
                var problems = await IntegrityAsync(destination, ct);
                if (problems is not null)
                {
                    throw new CommandFailedException($"The copy failed SQLite's integrity check ({problems}); the database itself may be damaged. Nothing was written to {copy}.");
                }

                await output.WriteLineAsync(await SummaryAsync(destination, ct));
            }

            File.Move(partial, copy, overwrite: true);
        }
        catch (SqliteException ex)
        {
            throw new CommandFailedException($"The backup failed ({ex.Message}); nothing was written to {copy}.", ex);
        }
        finally
        {
            // Moved into place, or left half written by a failure: either way nothing of it stays, nor SQLite's files beside it.
            DeletePartial(partial);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Backed up {databaseFile} to {copy} ({new FileInfo(copy).Length / 1024.0:0.0} KiB; integrity check ok)."));
    }

    private static void DeletePartial(string partial)
    {
        foreach (var file in new[] { partial, partial + "-journal", partial + "-wal", partial + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>The path with every symbolic link on the way resolved: two names of one file compare equal.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is not { } parent)
        {
            return full;
        }

        var here = Path.Combine(RealPath(parent), Path.GetFileName(full));
        try
        {
            return File.ResolveLinkTarget(here, returnFinalTarget: true) is { } target ? RealPath(target.FullName) : here;
        }
        catch (IOException)
        {
            // Not there (yet): its name is its path.
            return here;
        }
    }

    /// <summary>For a bot on PostgreSQL: the command that backs it up (the password from PGPASSWORD or ~/.pgpass, never printed).</summary>
    public static string PostgresAdvice(string connectionString)
    {
        string where;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            where = $"-h {builder.Host} -p {builder.Port} -U {builder.Username ?? "<user>"} -d {builder.Database ?? "<database>"}";
        }
        catch (ArgumentException)
        {
            where = "-h <host> -U <user> -d <database>";
        }

        return $"The bot runs on PostgreSQL: back it up with pg_dump (see docs/operations.md, Backups): pg_dump -Fc {where} -f genycity-$(date +%F).dump";
    }

    private static async Task<string?> IntegrityAsync(SqliteConnection copy, CancellationToken ct)
    {
        await using var command = new SqliteCommand("PRAGMA integrity_check;", copy);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            lines.Add(reader.GetString(0));
        }

        return lines is ["ok"] ? null : string.Join("; ", lines.Take(3));
    }

    /// <summary>The people and ideas in the copy: what a city checks a backup by at a glance.</summary>
    private static async Task<string> SummaryAsync(SqliteConnection copy, CancellationToken ct)
    {
        var counts = new List<string>();
        foreach (var table in new[] { "Members", "Ideas", "Events", "Deliveries" })
        {
            await using var command = new SqliteCommand($"SELECT COUNT(*) FROM \"{table}\"", copy);
            try
            {
                var count = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
                counts.Add(string.Create(CultureInfo.InvariantCulture, $"{table} {count}"));
            }
            catch (SqliteException)
            {
                // A database not yet migrated has none of them; the copy is still what there was.
            }
        }

        return counts.Count == 0 ? "The copy has none of the bot's tables yet." : $"The copy has: {string.Join(", ", counts)}.";
    }
}
