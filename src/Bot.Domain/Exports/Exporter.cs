using System.Globalization;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Exports;

/// <summary>
/// The exports, made the same way for the chat's /export and the dashboard's downloads: the ideas (with every
/// status change, comment and reason) and the events with their answers, as a spreadsheet in the coordinator's
/// language for the city's local action plan, or as CSV files for other programs.
/// </summary>
public sealed class Exporter(IIdeaRepository ideas, IEventRepository events, ISpreadsheetWriter spreadsheets, ExportTables tables, BotOptions options)
{
    public async Task<ExportFile> IdeasCsvAsync(Language language, DateTimeOffset now, CancellationToken ct)
    {
        var all = await ideas.ListAllAsync(ct);
        return new($"ideas-{Stamp(now)}.csv", Csv.Write(tables.Ideas(all, Readers.Programs, language)), all.Count);
    }

    public async Task<ExportFile> EventsCsvAsync(Language language, DateTimeOffset now, CancellationToken ct)
    {
        var all = await events.ListAllWithCountsAsync(ct);
        return new($"events-{Stamp(now)}.csv", Csv.Write(tables.Events(all, Readers.Programs, language)), all.Count);
    }

    /// <summary>Ideas, their history and the events, one sheet each; null when there is nothing to export.</summary>
    public async Task<(ExportFile File, int Ideas, int Events)?> WorkbookAsync(Language language, DateTimeOffset now, CancellationToken ct)
    {
        var allIdeas = await ideas.ListAllAsync(ct);
        var allEvents = await events.ListAllWithCountsAsync(ct);
        if (allIdeas.Count == 0 && allEvents.Count == 0)
        {
            return null;
        }

        var workbook = spreadsheets.Write(
            [
                tables.Ideas(allIdeas, Readers.People, language),
                tables.History(allIdeas, Readers.People, language),
                tables.Events(allEvents, Readers.People, language),
            ],
            Texts.Phrasebook.For(language).ExportDateFormat);
        return (new($"genycity-{Stamp(now)}.xlsx", workbook, allIdeas.Count + allEvents.Count), allIdeas.Count, allEvents.Count);
    }

    private string Stamp(DateTimeOffset now) =>
        TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone)).ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture);
}
