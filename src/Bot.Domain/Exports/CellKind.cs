namespace GenYCity.Bot.Domain.Exports;

/// <summary>What a column holds, so a spreadsheet can give it the right cell type and format.</summary>
public enum CellKind
{
    Text,
    Number,
    /// <summary>A local date and time in the city's zone (a <see cref="DateTime"/>).</summary>
    DateTime,
}
