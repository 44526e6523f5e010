using GenYCity.Bot.Domain.Exports;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace GenYCity.Bot.Host.Exports;

/// <summary>
/// Export tables as an .xlsx workbook, written by MiniExcel: a sheet per table with a frozen, filterable
/// header row, set column widths, numbers as numbers and dates as dates. Text stays text, never a formula.
/// </summary>
public sealed class XlsxWriter : ISpreadsheetWriter
{
    /// <summary>Excel refuses sheet names longer than this, or with any of the characters below.</summary>
    private const int MaxSheetName = 31;

    private static readonly char[] NotInSheetNames = ['[', ']', ':', '*', '?', '/', '\\'];

    public byte[] Write(IReadOnlyList<Table> tables, string dateFormat)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        var columns = new Dictionary<string, DynamicExcelColumn>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            sheets[SheetName(table.Name)] = Rows(table);
            foreach (var column in table.Columns)
            {
                // MiniExcel matches these by header across all sheets; a header means the same in each.
                columns[column.Header] = new DynamicExcelColumn(column.Header)
                {
                    Width = column.Width,
                    Format = column.Kind == CellKind.DateTime ? dateFormat : null,
                };
            }
        }

        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = [.. columns.Values],
            FreezeRowCount = 1,
            AutoFilter = true,
            TableStyles = TableStyles.Default,
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: configuration);
        return stream.ToArray();
    }

    /// <summary>Rows as MiniExcel takes them: one dictionary per row, keyed by the column headers in order.</summary>
    private static List<Dictionary<string, object?>> Rows(Table table)
    {
        var rows = table.Rows
            .Select(row => table.Columns.Select((c, i) => (c.Header, Value: row[i])).ToDictionary(p => p.Header, p => p.Value, StringComparer.Ordinal))
            .ToList();
        if (rows.Count == 0)
        {
            // An empty table still shows its header row.
            rows.Add(table.Columns.ToDictionary(c => c.Header, _ => (object?)null, StringComparer.Ordinal));
        }

        return rows;
    }

    private static string SheetName(string name)
    {
        var cleaned = new string([.. name.Select(c => NotInSheetNames.Contains(c) ? ' ' : c)]).Trim();
        return cleaned.Length <= MaxSheetName ? cleaned : cleaned[..MaxSheetName];
    }
}
