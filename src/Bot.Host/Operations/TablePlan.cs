using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace GenYCity.Bot.Host.Operations;

/// <summary>One table to move: its columns as each provider maps them, taken from the two EF Core models.</summary>
public sealed record TablePlan(string Name, IReadOnlyList<ColumnPlan> Columns)
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
            plans.Add(new TablePlan(table.Name, columns));
        }

        return plans;
    }

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
/// One column: read from SQLite as its SQLite mapping stores it and turned into the model's value by the SQLite
/// converter (Unix milliseconds into an instant, say); that value turned into PostgreSQL's by the PostgreSQL mapping and
/// written with its store type; and read back from PostgreSQL the same way. The checksum is taken of model values.
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

    private ColumnPlan(string name, RelationalTypeMapping sqlite, RelationalTypeMapping postgres)
    {
        Name = name;
        sqliteConverter = sqlite.Converter;
        postgresConverter = postgres.Converter;
        postgresType = postgres.StoreTypeNameBase;
        readSqlite = Reader(ProviderType(sqlite));
        readPostgres = Reader(ProviderType(postgres));
        write = WriteMethod.MakeGenericMethod(ProviderType(postgres)).CreateDelegate<Func<NpgsqlBinaryImporter, object, string, CancellationToken, Task>>();
    }

    public string Name { get; }

    public static ColumnPlan For(IColumn sqlite, IColumn postgres) =>
        new(postgres.Name, sqlite.PropertyMappings[0].TypeMapping, postgres.PropertyMappings[0].TypeMapping);

    /// <summary>The model's value of the column in the SQLite row; null for NULL.</summary>
    public object? ReadSqlite(DbDataReader reader, int ordinal) => Model(reader, ordinal, readSqlite, sqliteConverter);

    /// <summary>The model's value of the column in the PostgreSQL row; null for NULL.</summary>
    public object? ReadPostgres(DbDataReader reader, int ordinal) => Model(reader, ordinal, readPostgres, postgresConverter);

    public Task WritePostgresAsync(NpgsqlBinaryImporter writer, object? value, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : write(writer, postgresConverter is null ? value : postgresConverter.ConvertToProvider(value)!, postgresType, ct);

    /// <summary>
    /// The value as the checksum takes it: a value of a type of the bot's own (a language, an audience) as SQLite stores it,
    /// which the two models store alike; any other as it is.
    /// </summary>
    public object? Canonical(object? value) =>
        value is null || value.GetType().IsPrimitive || value is string or byte[] or DateTimeOffset or DateTime or decimal or Guid or TimeSpan or Enum || sqliteConverter is null
            ? value
            : sqliteConverter.ConvertToProvider(value);

    private static object? Model(DbDataReader reader, int ordinal, Func<DbDataReader, int, object> read, ValueConverter? converter)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var stored = read(reader, ordinal);
        return converter is null ? stored : converter.ConvertFromProvider(stored);
    }

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
