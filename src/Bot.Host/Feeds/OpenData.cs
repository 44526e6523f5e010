using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Host.Dashboard;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// The ideas and "you said, we did" as open data: JSON with the licence, the publisher and the moment named at the
/// top, and CSV through the exports' writer (RFC 4180, UTF-8, formulas defused). Field names are codes that stay the
/// same in every language, so a program reading them keeps working; the names of themes, districts and statuses come
/// in the language asked for. Counts of people from 1 to 4 are not shown: null in JSON, "&lt; 5" in CSV. The ideas'
/// descriptions, residents' own free text, are left out unless Feeds:IncludeDescriptions.
/// </summary>
internal static class OpenData
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // Latvian, Russian and Polish letters as they are; markup characters still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>A status as a code: "approved", "in_progress", "implemented".</summary>
    public static string Code(IdeaStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public static byte[] IdeasJson(FeedContext c, IReadOnlyList<PublicIdea> ideas) => JsonSerializer.SerializeToUtf8Bytes(
        new
        {
            Title = c.T.IdeasTitle(c.Organisation),
            Publisher = c.Organisation,
            Licence = new { c.Options.Licence.Name, c.Options.Licence.Url },
            Language = c.Language.Code,
            GeneratedAt = FeedContext.Iso(c.Now),
            Bot = c.BotLink,
            Ideas = ideas.Select(i => new IdeaRow(
                i.Id,
                i.Title,
                i.Description,
                i.ThemeKey,
                c.ThemeName(i.ThemeKey),
                i.DistrictKey,
                c.DistrictName(i.DistrictKey),
                Code(i.Status),
                c.StatusName(i.Status),
                FeedContext.Shown(i.Supports),
                FeedContext.Iso(i.CreatedAt),
                FeedContext.Iso(i.StatusChangedAt))),
        },
        Json);

    public static byte[] WeDidJson(FeedContext c, IReadOnlyList<PublicResult> results) => JsonSerializer.SerializeToUtf8Bytes(
        new
        {
            Title = c.T.WeDidTitle(c.Organisation),
            Publisher = c.Organisation,
            Licence = new { c.Options.Licence.Name, c.Options.Licence.Url },
            Language = c.Language.Code,
            GeneratedAt = FeedContext.Iso(c.Now),
            Bot = c.BotLink,
            Items = results.Select(r => new
            {
                r.Id,
                r.Title,
                Status = Code(r.Status),
                StatusName = c.StatusName(r.Status),
                Date = FeedContext.Iso(r.At),
                r.Comment,
                Theme = r.ThemeKey,
                ThemeName = c.ThemeName(r.ThemeKey),
                District = r.DistrictKey,
                DistrictName = c.DistrictName(r.DistrictKey),
                Supports = FeedContext.Shown(r.Supports),
            }),
        },
        Json);

    public static byte[] IdeasCsv(FeedContext c, IReadOnlyList<PublicIdea> ideas)
    {
        // The description column only when the city publishes them (Feeds:IncludeDescriptions).
        var described = c.Options.IncludeDescriptions;
        Column[] columns =
        [
            Number("id"), Text("title"), .. described ? [Text("description")] : Array.Empty<Column>(), Text("theme"), Text("theme_name"),
            Text("district"), Text("district_name"), Text("status"), Text("status_name"), Number("supports"), Text("created_at"), Text("status_changed_at"),
        ];
        return Csv.Write(new Table("ideas", columns, ideas.Select(i => (IReadOnlyList<object?>)
        [
            i.Id, i.Title, .. described ? [i.Description] : Array.Empty<object?>(), i.ThemeKey, c.ThemeName(i.ThemeKey), i.DistrictKey,
            c.DistrictName(i.DistrictKey), Code(i.Status), c.StatusName(i.Status), Count(i.Supports), FeedContext.Iso(i.CreatedAt),
            FeedContext.Iso(i.StatusChangedAt),
        ]).ToList()));
    }

    public static byte[] WeDidCsv(FeedContext c, IReadOnlyList<PublicResult> results) => Csv.Write(new Table(
        "wedid",
        [Number("id"), Text("title"), Text("status"), Text("status_name"), Text("date"), Text("comment"), Text("theme"), Text("theme_name"),
            Text("district"), Text("district_name"), Number("supports")],
        results.Select(r => (IReadOnlyList<object?>)
        [
            r.Id, r.Title, Code(r.Status), c.StatusName(r.Status), FeedContext.Iso(r.At), r.Comment, r.ThemeKey, c.ThemeName(r.ThemeKey),
            r.DistrictKey, c.DistrictName(r.DistrictKey), Count(r.Supports),
        ]).ToList()));

    /// <summary>A number from 5 on, "0", or "&lt; 5", as the dashboard's report writes counts.</summary>
    private static object Count(int count) => FeedContext.Shown(count) is { } shown ? shown : ReportCount.Show(count);

    /// <summary>One idea in the JSON; its description only when the city publishes them (null otherwise, and then left out).</summary>
    private sealed record IdeaRow(
        long Id,
        string Title,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
        string Theme,
        string? ThemeName,
        string? District,
        string? DistrictName,
        string Status,
        string StatusName,
        int? Supports,
        string CreatedAt,
        string StatusChangedAt);

    private static Column Text(string name) => new(name, CellKind.Text, 20);

    private static Column Number(string name) => new(name, CellKind.Number, 10);
}
