using System.Globalization;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Exports;

/// <summary>
/// What /export writes: the ideas, every status change with its comment or reason, and the events with
/// their answers. Each column is described once and rendered for people or for programs. No names: the
/// author appears as channel and language, as the privacy notice says.
/// </summary>
public sealed class ExportTables(BotOptions options)
{
    public const string IdeasSheet = "sheet:ideas";
    public const string HistorySheet = "sheet:history";
    public const string EventsSheet = "sheet:events";

    private const double DateWidth = 17;

    private static readonly Field<Idea>[] IdeaFields =
    [
        new("id", CellKind.Number, 6, i => i.Id),
        new("submitted", CellKind.DateTime, DateWidth, i => i.CreatedAt),
        new("status", CellKind.Text, 16, i => i.Status),
        new("status_changed", CellKind.DateTime, DateWidth, i => i.StatusChangedAt),
        new("theme", CellKind.Text, 22, i => new Theme(i.ThemeKey)),
        new("title", CellKind.Text, 40, i => i.Title),
        new("description", CellKind.Text, 80, i => i.Description),
        new("comment", CellKind.Text, 50, i => i.LatestComment),
        new("supports", CellKind.Number, 10, i => i.SupportCount),
        new("reports", CellKind.Number, 10, i => i.ReportCount),
        new("hidden", CellKind.Text, 10, i => i.IsHidden),
        new("ready_for_council", CellKind.DateTime, DateWidth, i => i.ReadyForCouncilAt),
        new("author_channel", CellKind.Text, 12, i => i.AuthorChannel),
        new("author_language", CellKind.Text, 12, i => i.AuthorLanguage),
        new("latitude", CellKind.Number, 10, i => i.Latitude),
        new("longitude", CellKind.Number, 10, i => i.Longitude),
        new("place", CellKind.Text, 30, i => i.PlaceText),
        new("district", CellKind.Text, 16, i => i.DistrictKey is { } key ? new District(key) : null),
        new("council_decision", CellKind.Text, 14, i => i.CouncilDecision),
        new("council_answer", CellKind.Text, 50, i => i.CouncilAnswer),
    ];

    private static readonly Field<(Idea Idea, IdeaStatusChange Change)>[] HistoryFields =
    [
        new("idea_id", CellKind.Number, 8, h => h.Idea.Id),
        new("idea_title", CellKind.Text, 40, h => h.Idea.Title),
        new("changed", CellKind.DateTime, DateWidth, h => h.Change.ChangedAt),
        new("status", CellKind.Text, 16, h => h.Change.Status),
        new("comment", CellKind.Text, 60, h => h.Change.Comment),
    ];

    private static readonly Field<EventWithCounts>[] EventFields =
    [
        new("id", CellKind.Number, 6, e => e.Event.Id),
        new("starts", CellKind.DateTime, DateWidth, e => e.Event.StartsAt),
        new("title", CellKind.Text, 40, e => e.Event.Title),
        new("place", CellKind.Text, 30, e => e.Event.Place),
        new("status", CellKind.Text, 14, e => e.Event.Status),
        new("capacity", CellKind.Number, 8, e => e.Event.Capacity),
        new("going", CellKind.Number, 8, e => e.Counts.Going),
        new("waiting", CellKind.Number, 10, e => e.Counts.Waitlisted),
        new("maybe", CellKind.Number, 8, e => e.Counts.Maybe),
        new("not_going", CellKind.Number, 10, e => e.Counts.NotGoing),
        new("description", CellKind.Text, 80, e => e.Event.Description),
        new("created", CellKind.DateTime, DateWidth, e => e.Event.CreatedAt),
    ];

    /// <summary>Every column key a table can have, so a test can check each phrasebook names them all.</summary>
    public static IEnumerable<string> Keys =>
        IdeaFields.Select(f => f.Key).Concat(HistoryFields.Select(f => f.Key)).Concat(EventFields.Select(f => f.Key))
            .Concat([IdeasSheet, HistorySheet, EventsSheet]).Distinct();

    public Table Ideas(IEnumerable<Idea> ideas, Readers readers, Language language) =>
        Build(IdeasSheet, IdeaFields, ideas, readers, language);

    public Table History(IEnumerable<Idea> ideas, Readers readers, Language language) =>
        Build(HistorySheet, HistoryFields, ideas.SelectMany(i => i.History.OrderBy(c => c.ChangedAt).Select(c => (i, c))), readers, language);

    public Table Events(IEnumerable<EventWithCounts> events, Readers readers, Language language) =>
        Build(EventsSheet, EventFields, events, readers, language);

    private Table Build<T>(string sheet, Field<T>[] fields, IEnumerable<T> items, Readers readers, Language language)
    {
        var t = Phrasebook.For(language);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        // Rendered once for the table: the accessor renders every header each time it is read.
        var headers = readers == Readers.People ? t.ExportHeaders : null;
        string Name(string key) => headers is not null ? headers[key] : key;
        object? Render(object? value) => readers == Readers.People ? ForPeople(value, t, zone, language) : ForPrograms(value, zone);
        return new Table(
            Name(sheet),
            [.. fields.Select(f => new Column(Name(f.Key), readers == Readers.People ? f.Kind : CellKind.Text, f.Width))],
            [.. items.Select(item => (IReadOnlyList<object?>)[.. fields.Select(f => Render(f.Value(item)))])]);
    }

    private object? ForPeople(object? value, Phrasebook t, TimeZoneInfo zone, Language language) => value switch
    {
        DateTimeOffset at => TimeZoneInfo.ConvertTime(at, zone).DateTime,
        bool yes => yes ? t.ExportYes : t.ExportNo,
        IdeaStatus status => t.Status(status),
        EventStatus status => status == EventStatus.Cancelled ? t.ExportEventCancelled : t.ExportEventPublished,
        Language spoken => t.LanguageName(spoken),
        Theme theme => options.ThemeName(theme.Key, language),
        District district => options.FindDistrict(district.Key)?.Name(language) ?? district.Key,
        CouncilDecision decision => Results.ResultsTexts.For(language).Decision(decision),
        Enum code => code.ToString(),
        _ => value,
    };

    private static object? ForPrograms(object? value, TimeZoneInfo zone) => value switch
    {
        DateTimeOffset at => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        bool yes => yes ? "true" : "false",
        Language spoken => spoken.Code,
        Theme theme => theme.Key,
        District district => district.Key,
        Enum code => code.ToString(),
        _ => value,
    };

    private sealed record Theme(string Key);

    private sealed record District(string Key);

    private sealed record Field<T>(string Key, CellKind Kind, double Width, Func<T, object?> Value);
}
