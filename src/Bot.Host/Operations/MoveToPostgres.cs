using System.Diagnostics;
using System.Globalization;
using GenYCity.Bot.Host.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace GenYCity.Bot.Host.Operations;

/// <summary>
/// Copies a stopped SQLite installation into an empty PostgreSQL database: migrates the target with the PostgreSQL
/// migrations, then, in one PostgreSQL transaction, copies every table of the model in the order of its foreign keys
/// (binary COPY, each value read by the SQLite mapping of its column and written by the PostgreSQL one), sets each
/// identity sequence past the highest id SQLite gave, and reads every table back to compare its row count and a
/// checksum of its values with what was read from SQLite. Only then is the transaction committed: a move that fails
/// anywhere leaves the target with the schema and no rows. The dashboard's data-protection keys are a table of the
/// model, so they move too, and coordinators stay signed in.
/// </summary>
public sealed class MoveToPostgres(string sqliteFile, string postgres, TextWriter output)
{
    /// <summary>Tables SQLite and EF Core keep for themselves; the target has its own.</summary>
    private static readonly HashSet<string> Housekeeping = new(StringComparer.OrdinalIgnoreCase)
    {
        "__EFMigrationsHistory", "__EFMigrationsLock", "sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4",
    };

    public async Task RunAsync(CancellationToken ct)
    {
        if (!File.Exists(sqliteFile))
        {
            throw new CommandRefusedException($"There is no SQLite database at {sqliteFile}: run move-to with the settings the bot runs with.");
        }

        var clock = Stopwatch.StartNew();
        var sqliteConnectionString = new SqliteConnectionStringBuilder { DataSource = sqliteFile, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        await using var sqliteContext = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(sqliteConnectionString).Options);
        await using var postgresContext = new PostgresBotDbContext(new DbContextOptionsBuilder<PostgresBotDbContext>().UseNpgsql(postgres).Options);
        await CheckMigratedAsync(sqliteContext, ct);
        var plan = TablePlan.For(Relational(sqliteContext), Relational(postgresContext));

        await using var source = new SqliteConnection(sqliteConnectionString);
        await source.OpenAsync(ct);
        await CheckTablesKnownAsync(source, plan, ct);
        try
        {
            await TakeForMoveAsync(source, ct);
            await using var target = await OpenTargetAsync(ct);
            await CheckEmptyAsync(target, plan, ct);
            await output.WriteLineAsync($"Moving {sqliteFile} to PostgreSQL at {Describe(postgres)}.");
            await postgresContext.Database.MigrateAsync(ct);

            var highest = await SqliteSequencesAsync(source, ct);
            await using var transaction = await target.BeginTransactionAsync(ct);
            // No one writes to the tables while they are filled: checked empty again, under the lock.
            await ExecuteAsync(target, $"LOCK TABLE {string.Join(", ", plan.Select(t => Quote(t.Name)))} IN ACCESS EXCLUSIVE MODE", ct);
            await CheckEmptyAsync(target, plan, ct);
            var copied = new List<(TablePlan Table, Checksum Source)>();
            foreach (var table in plan)
            {
                copied.Add((table, await CopyAsync(table, source, target, ct)));
            }

            await RestartSequencesAsync(target, highest, ct);
            var verified = await VerifyAsync(copied, target, ct);
            if (!verified)
            {
                throw new CommandFailedException("The copy differs from the SQLite database (see the table above): nothing was kept, the PostgreSQL database is left empty.");
            }

            await transaction.CommitAsync(ct);
            var rows = copied.Sum(c => c.Source.Rows);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Done: {rows} rows in {copied.Count} tables moved and checked in {clock.Elapsed.TotalSeconds:0.0} s. Now set ConnectionStrings:Bot to the PostgreSQL connection string (and Database:Provider=Postgres) and start the bot."));
        }
        catch (NpgsqlException ex)
        {
            // Migrating, setting the sequences, reading back or committing: the transaction was not committed.
            throw new CommandFailedException($"The move failed ({ex.Message}): nothing was kept, the PostgreSQL database has none of the city's rows.", ex);
        }
        finally
        {
            // Nothing was written to SQLite's data: its transaction (if one began) ends, and the file goes back to
            // write-ahead logging, as the bot left it. Neither may hide the error that brought us here.
            await TryExecuteAsync(source, "ROLLBACK;");
            await TryExecuteAsync(source, "PRAGMA journal_mode=WAL;");
        }
    }

    private static IRelationalModel Relational(DbContext context) => context.GetService<IDesignTimeModel>().Model.GetRelationalModel();

    /// <summary>The move knows this build's tables only: a database some migrations behind would lose what they change.</summary>
    private static async Task CheckMigratedAsync(BotDbContext sqlite, CancellationToken ct)
    {
        var applied = (await sqlite.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var ours = sqlite.Database.GetMigrations().ToList();
        var newer = applied.Except(ours, StringComparer.Ordinal).ToList();
        if (newer.Count > 0 && applied.Contains(ours[0], StringComparer.Ordinal))
        {
            throw new CommandRefusedException($"The SQLite database was brought up to date by a newer build of the bot (its migration {newer.Order(StringComparer.Ordinal).Last()}): move it with that build.");
        }

        var pending = ours.Except(applied, StringComparer.Ordinal).ToList();
        if (pending.Count > 0)
        {
            throw new CommandRefusedException(
                $"The SQLite database is older than this build (it lacks the migration {pending[^1]}): start this version of the bot on it once, which brings it up to date, stop it, then move.");
        }
    }

    /// <summary>Every table of the file is one the move knows how to move: none is left behind without a word.</summary>
    private static async Task CheckTablesKnownAsync(SqliteConnection source, IReadOnlyList<TablePlan> plan, CancellationToken ct)
    {
        var tables = new List<string>();
        await using (var command = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table'", source))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var known = plan.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = tables.Where(t => !known.Contains(t) && !Housekeeping.Contains(t)).ToList();
        if (unknown.Count > 0)
        {
            throw new CommandRefusedException($"The SQLite database has tables this build does not know how to move ({string.Join(", ", unknown)}): nothing was moved.");
        }

        foreach (var table in plan)
        {
            if (!tables.Contains(table.Name, StringComparer.Ordinal))
            {
                throw new CommandRefusedException($"The SQLite database has no table {table.Name}, which this build's migrations make: it is not the bot's database, or it is damaged.");
            }

            var columns = new List<string>();
            await using var command = new SqliteCommand($"SELECT name FROM pragma_table_info('{table.Name}')", source);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                columns.Add(reader.GetString(0));
            }

            var extra = columns.Except(table.Columns.Select(c => c.Name), StringComparer.Ordinal).ToList();
            if (extra.Count > 0)
            {
                throw new CommandRefusedException($"The SQLite table {table.Name} has columns this build does not know ({string.Join(", ", extra)}): nothing was moved.");
            }
        }
    }

    /// <summary>
    /// Leaving write-ahead logging needs the only connection to the file: a running bot (or anyone else) keeps one
    /// open, and the move is refused. The log is folded into the file on the way, and the write lock then held for
    /// the whole copy keeps a bot started meanwhile from writing what would not be moved.
    /// </summary>
    private static async Task TakeForMoveAsync(SqliteConnection source, CancellationToken ct)
    {
        string? mode;
        try
        {
            await ExecuteAsync(source, "PRAGMA busy_timeout = 2000;", ct);
            await using var command = new SqliteCommand("PRAGMA journal_mode=DELETE;", source);
            mode = await command.ExecuteScalarAsync(ct) as string;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            mode = null;
        }

        if (!string.Equals(mode, "delete", StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandRefusedException("The SQLite database is in use: stop the bot (every instance and tool that has the file open), then move.");
        }

        await ExecuteAsync(source, "BEGIN IMMEDIATE;", ct);
    }

    private async Task<NpgsqlConnection> OpenTargetAsync(CancellationToken ct)
    {
        // The detail of a refused row names its key; it is printed to the operator, never logged elsewhere.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { IncludeErrorDetail = true }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await connection.DisposeAsync();
            var what = ex is PostgresException { SqlState: "3D000" }
                ? "the database does not exist; create it first (CREATE DATABASE … OWNER …)"
                : ex.Message;
            throw new CommandRefusedException($"Cannot use PostgreSQL at {Describe(postgres)}: {what}");
        }
    }

    /// <summary>
    /// Refuses a database with a row in any table of its current schema (where the migrations make the bot's): the
    /// move never mixes a city's data with other data. The bot's own tables with rows mean it has run there, or an
    /// earlier move went through: the database is to be dropped and made again.
    /// </summary>
    private async Task CheckEmptyAsync(NpgsqlConnection target, IReadOnlyList<TablePlan> plan, CancellationToken ct)
    {
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = current_schema() ORDER BY 1",
            target))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var filled = new List<string>();
        foreach (var name in tables.Where(t => !Housekeeping.Contains(t)))
        {
            await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {Quote(name)})", target);
            if (await command.ExecuteScalarAsync(ct) is true)
            {
                filled.Add(name);
            }
        }

        if (filled.Count == 0)
        {
            return;
        }

        var listed = $"{string.Join(", ", filled.Take(5))}{(filled.Count > 5 ? ", …" : "")}";
        var ours = filled.Any(t => t.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase) || plan.Any(p => p.Name == t));
        throw new CommandRefusedException(ours
            ? $"The PostgreSQL database at {Describe(postgres)} is not empty ({listed} have rows): the bot has already run on this database, or a move went into it; drop and recreate it (DROP DATABASE …; CREATE DATABASE … OWNER …), then move. Nothing was changed."
            : $"The PostgreSQL database at {Describe(postgres)} is not empty ({listed} have rows): move into a new, empty database; nothing was changed.");
    }

    /// <summary>
    /// The highest id SQLite ever gave in each table (AUTOINCREMENT remembers ids of rows since deleted): PostgreSQL's
    /// sequences go on from there, so an id once given, to someone since erased, is never given again.
    /// </summary>
    private static async Task<Dictionary<string, long>> SqliteSequencesAsync(SqliteConnection source, CancellationToken ct)
    {
        var highest = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        await using var exists = new SqliteCommand("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_sequence'", source);
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0)
        {
            return highest;
        }

        await using var command = new SqliteCommand("SELECT name, seq FROM sqlite_sequence", source);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            highest[reader.GetString(0)] = reader.GetInt64(1);
        }

        return highest;
    }

    private async Task<Checksum> CopyAsync(TablePlan table, SqliteConnection source, NpgsqlConnection target, CancellationToken ct)
    {
        var checksum = new Checksum();
        var columns = table.Columns;
        var stored = new object?[columns.Count];
        var models = new object?[columns.Count];
        try
        {
            await using var read = new SqliteCommand($"SELECT {string.Join(", ", columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)}", source);
            await using var reader = await read.ExecuteReaderAsync(ct);
            await using var writer = await target.BeginBinaryImportAsync(
                $"COPY {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)", ct);
            while (await reader.ReadAsync(ct))
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    stored[i] = columns[i].ReadSqlite(reader, i);
                }

                // Every value is checked before any of the row is written: a failure names the row and its column.
                for (var i = 0; i < columns.Count; i++)
                {
                    if (columns[i].Unreadable(stored[i], out models[i]) is { } unreadable)
                    {
                        throw RowRefused(table, stored, columns[i],
                            $"{unreadable} (a language the city added? run move-to with all the bot's settings, its Bot:TextsFolder too)");
                    }

                    if (columns[i].Unfit(models[i]) is { } unfit)
                    {
                        throw RowRefused(table, stored, columns[i], unfit);
                    }
                }

                await writer.StartRowAsync(ct);
                for (var i = 0; i < columns.Count; i++)
                {
                    await columns[i].WritePostgresAsync(writer, models[i], ct);
                }

                checksum.Add(stored);
            }

            await writer.CompleteAsync(ct);
        }
        catch (PostgresException ex)
        {
            // PostgreSQL names where: "COPY Conversations, line 3, column DraftJson".
            // A constraint's detail names the row's key: "Key (MemberId)=(42) is not present in table "Members"."
            var where = string.Join("; ", new[] { ex.Where, ex.TableName is null ? null : $"table {ex.TableName}", ex.ColumnName is null ? null : $"column {ex.ColumnName}", ex.Detail }.Where(w => !string.IsNullOrEmpty(w)));
            throw new CommandFailedException($"Copying the table {table.Name} failed ({ex.MessageText}{(where.Length > 0 ? $"; at {where}" : "")}): nothing was kept, the PostgreSQL database is left empty. Fix that row, or ask the bot's developers.", ex);
        }
        catch (Exception ex) when (ex is NpgsqlException or SqliteException or InvalidCastException or FormatException or OverflowException or InvalidOperationException)
        {
            throw new CommandFailedException($"Copying the table {table.Name} failed after {checksum.Rows} rows ({ex.Message}): nothing was kept, the PostgreSQL database is left empty. Fix the row after them, or ask the bot's developers.", ex);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  copied {table.Name} ({checksum.Rows} rows)"));
        return checksum;
    }

    private static CommandFailedException RowRefused(TablePlan table, object?[] stored, ColumnPlan column, string what) =>
        new($"Copying the table {table.Name} failed: {table.Describe(stored)}, column {column.Name}, {what}. Nothing was kept, the PostgreSQL database is left empty; put the row right and move again.");

    private static async Task RestartSequencesAsync(NpgsqlConnection target, Dictionary<string, long> highest, CancellationToken ct)
    {
        var identities = new List<(string Table, string Column)>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')",
            target))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                identities.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in identities)
        {
            var floor = highest.GetValueOrDefault(table);
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence(@table, @column), GREATEST(COALESCE(MAX({Quote(column)}), 0), @floor) + 1, false) FROM {Quote(table)}",
                target);
            command.Parameters.AddWithValue("table", Quote(table));
            command.Parameters.AddWithValue("column", column);
            command.Parameters.AddWithValue("floor", floor);
            await command.ExecuteScalarAsync(ct);
        }
    }

    /// <summary>Reads every table back, in the transaction, and prints the comparison; whether all agree.</summary>
    private async Task<bool> VerifyAsync(List<(TablePlan Table, Checksum Source)> copied, NpgsqlConnection target, CancellationToken ct)
    {
        var width = Math.Max(5, copied.Max(c => c.Table.Name.Length));
        await output.WriteLineAsync($"{"table".PadRight(width)}  {"rows",9}  {"checksum",-16}  check");
        var all = true;
        foreach (var (table, expected) in copied)
        {
            var actual = new Checksum();
            var values = new object?[table.Columns.Count];
            await using (var command = new NpgsqlCommand($"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)}", target))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = table.Columns[i].ReadPostgresAsSqliteStores(reader, i);
                    }

                    actual.Add(values);
                }
            }

            var same = actual.Rows == expected.Rows && actual.Hex == expected.Hex;
            all &= same;
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{table.Name.PadRight(width)}  {actual.Rows,9}  {actual.Hex[..16]}  {(same ? "ok" : $"DIFFERS (SQLite: {expected.Rows} rows, {expected.Hex[..16]})")}"));
        }

        return all;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Tidying up in a finally: a failure here (no transaction to end, the file gone) must not replace the error being reported.</summary>
    private static async Task TryExecuteAsync(SqliteConnection connection, string sql)
    {
        try
        {
            await ExecuteAsync(connection, sql, CancellationToken.None);
        }
        catch (SqliteException)
        {
            // Nothing to undo, or nothing we can: the source was not written to.
        }
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>Where the target is, for people: never its password.</summary>
    internal static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
    }
}
