namespace GenYCity.Bot.Domain.Exports;

/// <summary>Port to a spreadsheet format (.xlsx).</summary>
public interface ISpreadsheetWriter
{
    /// <summary>One sheet per table; date columns hold dates, shown in <paramref name="dateFormat"/> (an Excel number format).</summary>
    byte[] Write(IReadOnlyList<Table> tables, string dateFormat);
}
