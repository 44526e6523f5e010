using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace GenYCity.Bot.Host.Operations;

/// <summary>One table to move: its columns as each provider maps them, taken from the two EF Core models, and which of them are its key.</summary>
public sealed record TablePlan(string Name, IReadOnlyList<ColumnPlan> Columns, IReadOnlyList<int> Key)
{
    /// <summary>
    /// The tables of the PostgreSQL model, principals before their dependents (by the foreign keys), each column paired
    /// with the SQLite model's. The two models are one model mapped twice, so a table or column one lacks is a defect.
    /// </summary>
    public static IReadOnlyList<TablePlan> For(IRelationalModel sqlite, IRelationalModel postgres)
    {
        var plans = new List<TablePlan>();
        foreach (var table in DependencyOrder(postgres.Tables.ToList()))
        {
            var from = sqlite.FindTable(table.Name, table.Schema)
                ?? throw new InvalidOperationException($"The SQLite model has no table {table.Name}.");
            var columns = table.Columns.Select(column => ColumnPlan.For(
                from.FindColumn(column.Name) ?? throw new InvalidOperationException($"The SQLite model's {table.Name} has no column {column.Name}."),
                column)).ToList();
            var key = table.PrimaryKey?.Columns.Select(k => columns.FindIndex(c => c.Name == k.Name)).ToList() ?? [];
            plans.Add(new TablePlan(table.Name, columns, key));
        }

        return plans;
    }

    /// <summary>The row, for people: its key ("Id=42"), never the rest of what it holds.</summary>
    public string Describe(object?[] stored) =>
        Key.Count == 0
            ? "a row"
            : "the row " + string.Join(", ", Key.Select(i => string.Create(CultureInfo.InvariantCulture, $"{Columns[i].Name}={stored[i] ?? "NULL"}")));

    /// <summary>Kahn's sort, by name among equals so every move goes in the same order; a table's references to itself wait for nothing.</summary>
    private static List<ITable> DependencyOrder(List<ITable> tables)
    {
        var waitingFor = tables.ToDictionary(
            t => t,
            t => t.ForeignKeyConstraints.Select(fk => fk.PrincipalTable).Where(p => p != t).ToHashSet());
        var ordered = new List<ITable>();
        while (waitingFor.Count > 0)
        {
            var ready = waitingFor.Where(w => w.Value.All(p => !waitingFor.ContainsKey(p))).Select(w => w.Key).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"The tables {string.Join(", ", waitingFor.Keys.Select(t => t.Name))} refer to each other in a cycle; the move cannot order them.");
            }

            foreach (var table in ready)
            {
                ordered.Add(table);
                waitingFor.Remove(table);
            }
        }

        return ordered;
    }
}

/// <summary>
/// One column: read from SQLite as SQLite stores it (Unix milliseconds, a language's code), turned into the model's value
/// by the SQLite converter, then into PostgreSQL's by the PostgreSQL mapping and written with its store type; and read
/// back from PostgreSQL, turned into the model's value and from it into SQLite's stored form again. The checksum is taken
/// of stored values on both sides, so a value the model cannot hold (a language this build does not know, which it
/// would read as English) is not hidden by being converted alike on both: it is caught before it is written, as a value
/// that does not come back from the model as it was stored.
/// </summary>
public sealed class ColumnPlan
{
    private static readonly MethodInfo ReadMethod = typeof(ColumnPlan).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo WriteMethod = typeof(ColumnPlan).GetMethod(nameof(WriteAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<DbDataReader, int, object> readSqlite;
    private readonly Func<DbDataReader, int, object> readPostgres;
    private readonly Func<NpgsqlBinaryImporter, object, string, CancellationToken, Task> write;
    private readonly ValueConverter? sqliteConverter;
    private readonly ValueConverter? postgresConverter;
    private readonly string postgresType;
    private readonly int? maxLength;

    private ColumnPlan(string name, RelationalTypeMapping sqlite, RelationalTypeMapping postgres, int? maxLength)
    {
        Name = name;
        sqliteConverter = sqlite.Converter;
        postgresConverter = postgres.Converter;
        postgresType = postgres.StoreTypeNameBase;
        this.maxLength = maxLength;
        readSqlite = Reader(ProviderType(sqlite));
        readPostgres = Reader(ProviderType(postgres));
        write = WriteMethod.MakeGenericMethod(ProviderType(postgres)).CreateDelegate<Func<NpgsqlBinaryImporter, object, string, CancellationToken, Task>>();
    }

    public string Name { get; }

    public static ColumnPlan For(IColumn sqlite, IColumn postgres) =>
        new(postgres.Name, sqlite.PropertyMappings[0].TypeMapping, postgres.PropertyMappings[0].TypeMapping, postgres.MaxLength);

    /// <summary>The column's value in the SQLite row as SQLite stores it; null for NULL.</summary>
    public object? ReadSqlite(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : readSqlite(reader, ordinal);

    /// <summary>
    /// The model's value of what SQLite stores, and what is wrong when it is not the same value: turned back into
    /// SQLite's form it must give what was stored ("holds "uk", which this build reads as "en""); null when it is.
    /// </summary>
    public string? Unreadable(object? stored, out object? model)
    {
        if (stored is null || sqliteConverter is null)
        {
            model = stored;
            return null;
        }

        try
        {
            model = sqliteConverter.ConvertFromProvider(stored);
            var readAs = model is null ? null : sqliteConverter.ConvertToProvider(model);
            return Same(stored, readAs) ? null : $"holds {Shown(stored)}, which this build reads as {Shown(readAs)}";
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or OverflowException or InvalidOperationException)
        {
            model = null;
            return $"holds {Shown(stored)}, which this build cannot read ({ex.Message})";
        }
    }

    /// <summary>A value for a failure's line: short ones as they are, long text cut (it may be someone's message).</summary>
    private static string Shown(object? value) => value switch
    {
        null => "NULL",
        string { Length: > 24 } text => $"\"{text[..24]}…\"",
        string text => $"\"{text}\"",
        byte[] bytes => string.Create(CultureInfo.InvariantCulture, $"{bytes.Length} bytes"),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
    };

    /// <summary>Why PostgreSQL's column cannot hold the model's value, before it is written; null when it can.</summary>
    public string? Unfit(object? model)
    {
        if ((postgresConverter is null ? model : model is null ? null : postgresConverter.ConvertToProvider(model)) is not string text)
        {
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return "holds a NUL character, which PostgreSQL's text cannot hold";
        }

        // PostgreSQL counts characters, not UTF-16 units: a text longer in units may still fit.
        return text.Length > maxLength && text.EnumerateRunes().Count() > maxLength
            ? string.Create(CultureInfo.InvariantCulture, $"holds {text.EnumerateRunes().Count()} characters, more than the {maxLength} PostgreSQL's column takes")
            : null;
    }

    public Task WritePostgresAsync(NpgsqlBinaryImporter writer, object? model, CancellationToken ct) =>
        model is null ? writer.WriteNullAsync(ct) : write(writer, postgresConverter is null ? model : postgresConverter.ConvertToProvider(model)!, postgresType, ct);

    /// <summary>The column's value in the PostgreSQL row as SQLite would store it, for the checksum; null for NULL.</summary>
    public object? ReadPostgresAsSqliteStores(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var stored = readPostgres(reader, ordinal);
        var model = postgresConverter is null ? stored : postgresConverter.ConvertFromProvider(stored);
        return model is null || sqliteConverter is null ? model : sqliteConverter.ConvertToProvider(model);
    }

    private static bool Same(object? a, object? b) =>
        a is byte[] x && b is byte[] y ? x.AsSpan().SequenceEqual(y) : Equals(a, b);

    private static Type ProviderType(RelationalTypeMapping mapping)
    {
        var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private static Func<DbDataReader, int, object> Reader(Type type) =>
        ReadMethod.MakeGenericMethod(type).CreateDelegate<Func<DbDataReader, int, object>>();

    private static object Read<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal)!;

    private static Task WriteAsync<T>(NpgsqlBinaryImporter writer, object value, string dataTypeName, CancellationToken ct) =>
        writer.WriteAsync((T)value, dataTypeName, ct);
}
