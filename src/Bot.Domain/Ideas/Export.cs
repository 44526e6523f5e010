using System.Globalization;
using System.Text;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>Port to where export files are kept; returns the stored file's full path.</summary>
public interface IExportStore
{
    Task<string> SaveAsync(string fileName, byte[] content, CancellationToken ct);
}

/// <summary>/export: every idea as a CSV file, for the city's local action plan.</summary>
public sealed class ExportCommand(IIdeaRepository ideas, IExportStore store, BotOptions options) : ICommand
{
    public CommandInfo Info => CommandCatalog.Export;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var all = await ideas.ListAllAsync(ct);
        if (all.Count == 0)
        {
            chat.Reply(chat.T.ExportEmpty);
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var stamp = TimeZoneInfo.ConvertTime(chat.Now, zone).ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture);
        var path = await store.SaveAsync($"ideas-{stamp}.csv", IdeaCsv.Write(all, options, zone, chat.Member.Language), ct);
        chat.Send(new OutboundMessage(new Recipient(chat.Message.Channel, chat.Message.ChatId), chat.T.ExportReady(all.Count)) { DocumentPath = path });
    }
}

/// <summary>
/// The ideas as CSV (RFC 4180) in UTF-8 with a byte order mark, so spreadsheets show Latvian and Cyrillic
/// letters right. No personal names: the author appears as channel and language only.
/// </summary>
public static class IdeaCsv
{
    public static readonly string[] Columns =
        ["id", "created", "status", "theme", "title", "description", "supports", "reports", "hidden", "author_channel", "author_language"];

    /// <summary>The file's bytes; theme names are in <paramref name="language"/>, the reader's.</summary>
    public static byte[] Write(IEnumerable<Idea> ideas, BotOptions options, TimeZoneInfo zone, Language language)
    {
        var csv = new StringBuilder().AppendJoin(',', Columns).Append("\r\n");
        foreach (var idea in ideas)
        {
            string[] fields =
            [
                idea.Id.ToString(CultureInfo.InvariantCulture),
                TimeZoneInfo.ConvertTime(idea.CreatedAt, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                idea.Status.ToString(),
                options.ThemeName(idea.ThemeKey, language),
                idea.Title,
                idea.Description,
                idea.SupportCount.ToString(CultureInfo.InvariantCulture),
                idea.ReportCount.ToString(CultureInfo.InvariantCulture),
                idea.IsHidden ? "yes" : "no",
                idea.AuthorChannel.ToString(),
                idea.AuthorLanguage.ToString().ToLowerInvariant(),
            ];
            csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>
    /// Quotes when needed, and defuses text a spreadsheet would run as a formula (a leading = + - @),
    /// since titles and descriptions are typed by anyone.
    /// </summary>
    private static string Field(string value)
    {
        // Stored text is cleaned as it is typed; this keeps anything older from reaching a spreadsheet.
        value = TextInput.Clean(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
