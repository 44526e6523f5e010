using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Exports;

/// <summary>/export: the spreadsheet; "/export csv": the CSV files.</summary>
public sealed class ExportCommand(Exporter exporter, IExportStore store) : ICommand
{
    public const string CsvArgument = "csv";

    /// <summary>/export in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("export", Audience.Coordinators, false, 210, p => p.CmdExport);

    public CommandInfo Info => Command;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var language = chat.Member.Language;
        if (string.Equals(argument.Trim(), CsvArgument, StringComparison.OrdinalIgnoreCase))
        {
            var ideasCsv = await exporter.IdeasCsvAsync(language, chat.Now, ct);
            var eventsCsv = await exporter.EventsCsvAsync(language, chat.Now, ct);
            if (ideasCsv.Rows == 0 && eventsCsv.Rows == 0)
            {
                chat.Reply(chat.T.ExportEmpty);
                return;
            }

            await SendAsync(chat, chat.T.ExportCsvIdeas(ideasCsv.Rows), ideasCsv, ct);
            await SendAsync(chat, chat.T.ExportCsvEvents(eventsCsv.Rows), eventsCsv, ct);
            return;
        }

        if (await exporter.WorkbookAsync(language, chat.Now, ct) is not { } workbook)
        {
            chat.Reply(chat.T.ExportEmpty);
            return;
        }

        await SendAsync(chat, chat.T.ExportReady(workbook.Ideas, workbook.Events), workbook.File, ct);
    }

    private async Task SendAsync(ChatContext chat, string caption, ExportFile file, CancellationToken ct) =>
        chat.Send(new OutboundMessage(chat.ReplyTo, caption) { DocumentPath = await store.SaveAsync(file.Name, file.Content, ct) });
}
