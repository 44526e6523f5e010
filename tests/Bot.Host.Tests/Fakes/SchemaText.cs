using System.Data.Common;
using System.Text;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// A database's schema as sorted text, one line a column, index, key or constraint, so two databases made by
/// different migrations can be compared: tables, each column's type, nullability, default and key, the indexes
/// with their columns, the foreign keys with their actions. The order columns were added in does not count.
/// The migrations' own history and Quartz's tables are left out.
/// </summary>
public static class SchemaText
{
    public static async Task<string> OfAsync(DbConnection connection) =>
        connection is Npgsql.NpgsqlConnection ? await PostgresAsync(connection) : await SqliteAsync(connection);

    private static async Task<string> SqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await RowsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'");
        foreach (var table in tables.Select(t => t[0]))
        {
            lines.Add($"table {table}");
            foreach (var c in await RowsAsync(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')"))
            {
                lines.Add($"column {table}.{c[0]} {c[1]} notnull={c[2]} default={c[3]} pk={c[4]}");
            }

            foreach (var index in await RowsAsync(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')"))
            {
                var columns = await RowsAsync(connection, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno");
                var name = index[2] == "c" ? index[0] : $"({index[2]})";
                lines.Add($"index {table} {name} unique={index[1]} ({string.Join(", ", columns.Select(c => c[0]))})");
            }

            foreach (var key in await RowsAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('{table}')"))
            {
                lines.Add($"foreign key {table}.{key[1]} -> {key[0]}.{key[2]} on update {key[3]} on delete {key[4]}");
            }
        }

        return Sorted(lines);
    }

    private static async Task<string> PostgresAsync(DbConnection connection)
    {
        const string Ours = "table_schema = 'public' AND table_name NOT LIKE 'qrtz%' AND table_name <> '__EFMigrationsHistory'";
        var lines = new List<string>();
        foreach (var c in await RowsAsync(connection, $"""
            SELECT table_name, column_name, udt_name, coalesce(character_maximum_length::text, ''), is_nullable, coalesce(column_default, ''), is_identity, coalesce(identity_generation, '')
            FROM information_schema.columns WHERE {Ours}
            """))
        {
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} default={c[5]} identity={c[6]} {c[7]}");
        }

        foreach (var i in await RowsAsync(connection, "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE 'qrtz%' AND tablename <> '__EFMigrationsHistory'"))
        {
            lines.Add($"index {i[0]} {i[1]}");
        }

        foreach (var k in await RowsAsync(connection, """
            SELECT rel.relname, con.conname, pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
            WHERE ns.nspname = 'public' AND rel.relname NOT LIKE 'qrtz%' AND rel.relname <> '__EFMigrationsHistory'
            """))
        {
            lines.Add($"constraint {k[0]} {k[1]} {k[2]}");
        }

        return Sorted(lines);
    }

    private static string Sorted(List<string> lines)
    {
        lines.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        lines.ForEach(line => text.Append(line).Append('\n'));
        return text.ToString();
    }

    private static async Task<List<string[]>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)]);
        }

        return rows;
    }
}
