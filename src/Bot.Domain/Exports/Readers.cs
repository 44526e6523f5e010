namespace GenYCity.Bot.Domain.Exports;

/// <summary>Whom a table is for: people read it in a spreadsheet, programs read the CSV.</summary>
public enum Readers
{
    /// <summary>Headers, statuses, themes and yes/no in the reader's language; dates as dates in the city's zone.</summary>
    People,

    /// <summary>The column keys as headers, stable codes (Approved, parks, lv), ISO 8601 dates with the city's offset.</summary>
    Programs,
}
