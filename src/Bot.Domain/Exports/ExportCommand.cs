using System.Globalization;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Exports;

/// <summary>
/// /export: the ideas (with every status change, comment and reason) and the events with their answers, as
/// a spreadsheet in the coordinator's language, for the city's local action plan; "/export csv" sends the
/// same as CSV files for other programs.
/// </summary>
public sealed class ExportCommand(
    IIdeaRepository ideas, IEventRepository events, IExportStore store, ISpreadsheetWriter spreadsheets, ExportTables tables, BotOptions options) : ICommand
{
    public const string CsvArgument = "csv";

    public CommandInfo Info => CommandCatalog.Export;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var allIdeas = await ideas.ListAllAsync(ct);
        var allEvents = await events.ListAllWithCountsAsync(ct);
        if (allIdeas.Count == 0 && allEvents.Count == 0)
        {
            chat.Reply(chat.T.ExportEmpty);
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var stamp = TimeZoneInfo.ConvertTime(chat.Now, zone).ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture);
        var language = chat.Member.Language;
        if (string.Equals(argument.Trim(), CsvArgument, StringComparison.OrdinalIgnoreCase))
        {
            var ideasCsv = await store.SaveAsync($"ideas-{stamp}.csv", Csv.Write(tables.Ideas(allIdeas, Readers.Programs, language)), ct);
            var eventsCsv = await store.SaveAsync($"events-{stamp}.csv", Csv.Write(tables.Events(allEvents, Readers.Programs, language)), ct);
            Send(chat, chat.T.ExportCsvIdeas(allIdeas.Count), ideasCsv);
            Send(chat, chat.T.ExportCsvEvents(allEvents.Count), eventsCsv);
            return;
        }

        var workbook = spreadsheets.Write(
            [
                tables.Ideas(allIdeas, Readers.People, language),
                tables.History(allIdeas, Readers.People, language),
                tables.Events(allEvents, Readers.People, language),
            ],
            chat.T.ExportDateFormat);
        Send(chat, chat.T.ExportReady(allIdeas.Count, allEvents.Count), await store.SaveAsync($"genycity-{stamp}.xlsx", workbook, ct));
    }

    private static void Send(ChatContext chat, string caption, string path) =>
        chat.Send(new OutboundMessage(chat.ReplyTo, caption) { DocumentPath = path });
}
