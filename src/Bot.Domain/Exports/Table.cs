using System.Globalization;
using System.Text;
using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Exports;

/// <summary>Port to where export files are kept; returns the stored file's full path.</summary>
public interface IExportStore
{
    Task<string> SaveAsync(string fileName, byte[] content, CancellationToken ct);
}

/// <summary>What a column holds, so a spreadsheet can give it the right cell type and format.</summary>
public enum CellKind
{
    Text,
    Number,
    /// <summary>A local date and time in the city's zone (a <see cref="DateTime"/>).</summary>
    DateTime,
}

public sealed record Column(string Header, CellKind Kind, double Width);

/// <summary>One sheet of an export: its name, its columns and its rows (strings, numbers, local <see cref="DateTime"/>s or nulls).</summary>
public sealed record Table(string Name, IReadOnlyList<Column> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>Port to a spreadsheet format (.xlsx).</summary>
public interface ISpreadsheetWriter
{
    /// <summary>One sheet per table; date columns hold dates, shown in <paramref name="dateFormat"/> (an Excel number format).</summary>
    byte[] Write(IReadOnlyList<Table> tables, string dateFormat);
}

/// <summary>
/// A table as CSV (RFC 4180) for other programs: UTF-8 with a byte order mark, comma-separated, the column
/// names in the first row, lines ending in CRLF.
/// </summary>
public static class Csv
{
    public const char Separator = ',';

    public static byte[] Write(Table table)
    {
        var csv = new StringBuilder().AppendJoin(Separator, table.Columns.Select(c => Field(c.Header, number: false))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            csv.AppendJoin(Separator, row.Select((value, i) => Field(Format(value), IsNumber(table.Columns[i], value)))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A number in a number column: written as it is, a minus and all, for a spreadsheet to read as a number.</summary>
    private static bool IsNumber(Column column, object? value) =>
        column.Kind == CellKind.Number && value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal;

    /// <summary>
    /// Quotes when needed, and defuses text a spreadsheet would run as a formula (a leading = + - @),
    /// since titles and descriptions are typed by anyone; a number (a longitude of -3.704) is left alone.
    /// </summary>
    private static string Field(string value, bool number)
    {
        // Stored text is cleaned as it is typed; this keeps anything older from reaching a spreadsheet.
        value = TextInput.Clean(value);
        if (!number && value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
