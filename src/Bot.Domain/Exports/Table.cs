namespace GenYCity.Bot.Domain.Exports;

/// <summary>One sheet of an export: its name, its columns and its rows (strings, numbers, local <see cref="DateTime"/>s or nulls).</summary>
public sealed record Table(string Name, IReadOnlyList<Column> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
