using System.Buffers;
using System.Globalization;
using System.Text;
using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Exports;

/// <summary>
/// A table as CSV (RFC 4180) for other programs: UTF-8 with a byte order mark, comma-separated, the column
/// names in the first row, lines ending in CRLF. Safe to open in a spreadsheet whatever its list separator
/// (Excel on Latvian and Russian Windows splits on ";"): no cell it can show starts a formula.
/// </summary>
public static class Csv
{
    public const char Separator = ',';

    /// <summary>What a spreadsheet may split a line on (its list separator: ",", ";" or a tab) or end a row at.</summary>
    private static readonly SearchValues<char> Splits = SearchValues.Create(",;\t\r\n");

    /// <summary>What makes a field quoted: anything a reader could split it at, and the quote itself.</summary>
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",;\t\r\n\"");

    public static byte[] Write(Table table)
    {
        var csv = new StringBuilder().AppendJoin(Separator, table.Columns.Select(c => Field(c.Header, number: false))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            // A number opening a line is defused like text: a reader splitting on ";" reads it together with the
            // rest of the line up to the first ";", and "-5,25+cmd|…" (a decimal comma there) is a formula.
            csv.AppendJoin(Separator, row.Select((value, i) => Field(Format(value), number: i > 0 && IsNumber(table.Columns[i], value)))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A number in a number column: written as it is, a minus and all, for a spreadsheet to read as a number ("-Infinity" is not one).</summary>
    private static bool IsNumber(Column column, object? value) =>
        column.Kind == CellKind.Number && value switch
        {
            double d => double.IsFinite(d),
            float f => float.IsFinite(f),
            sbyte or byte or short or ushort or int or uint or long or ulong or decimal => true,
            _ => false,
        };

    /// <summary>
    /// Defuses text a spreadsheet would run as a formula, since titles and descriptions are typed by anyone, and
    /// quotes when needed; a number (a longitude of -3.704) is left alone.
    /// </summary>
    private static string Field(string value, bool number)
    {
        // Stored text is cleaned as it is typed; this keeps anything older from reaching a spreadsheet.
        value = TextInput.Clean(value);
        if (!number)
        {
            value = Defuse(value);
        }

        return value.AsSpan().IndexOfAny(NeedsQuotes) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    /// <summary>
    /// An apostrophe before every = + - @ (tab, CR) that could begin a cell: at the start, and after any character a
    /// spreadsheet may split on. Quoting alone does not do: a reader splitting on ";" honours a quote only at the start
    /// of a piece, so in <c>1,"Bench;=1+2;"</c> it sees the cells <c>1,"Bench</c>, <c>=1+2</c> and <c>",…</c>. Quotes
    /// and spaces in between are looked past: a quote may open a quoted cell there, and a reader may trim spaces.
    /// </summary>
    private static string Defuse(string text)
    {
        StringBuilder? defused = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '=' or '+' or '-' or '@' or '\t' or '\r' && BeginsAPiece(text, i))
            {
                (defused ??= new StringBuilder(text.Length + 8).Append(text, 0, i)).Append('\'');
            }

            defused?.Append(text[i]);
        }

        return defused?.ToString() ?? text;
    }

    private static bool BeginsAPiece(string text, int at)
    {
        var before = at - 1;
        while (before >= 0 && (text[before] == '"' || (char.IsWhiteSpace(text[before]) && !Splits.Contains(text[before]))))
        {
            before--;
        }

        return before < 0 || Splits.Contains(text[before]);
    }
}
