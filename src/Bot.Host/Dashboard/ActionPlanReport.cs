using System.Globalization;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// The URBACT action-plan report for a period. Counts are kept raw here; wherever one is shown (the page, the
/// CSV) it goes through <see cref="ReportCount.Show"/>, so no count of 1 to 4 people or ideas singles anyone out.
/// </summary>
/// <param name="Period">The period reported on.</param>
/// <param name="Participants">Distinct members who, in the period, submitted an idea, supported one, answered an event or voted in a poll.</param>
/// <param name="FirstTimeParticipants">Of those, the ones who had taken part in none of these ways before the period.</param>
/// <param name="IdeasSubmitted">Ideas submitted in the period (still stored: an erased author's unpublished ideas go with them).</param>
/// <param name="IdeasByTheme">Those ideas by theme key, in the configured order (a theme since removed after).</param>
/// <param name="IdeasByStatus">Those ideas by the status they have now.</param>
/// <param name="ReachedCouncil">Ideas that reached the supports threshold in the period.</param>
/// <param name="CouncilDecisions">The council's current decision on the ideas of <paramref name="Council"/>, by decision (<see cref="ActionPlanReport.NoDecision"/>: not answered yet).</param>
/// <param name="Council">Ideas that reached the threshold in the period or whose council answer was recorded in it, by number.</param>
/// <param name="Events">Events starting in the period, soonest first.</param>
/// <param name="WeDid">"You said, we did": ideas that moved to in progress or implemented in the period, by date.</param>
public sealed record ActionPlanReport(
    Period Period,
    int Participants,
    int FirstTimeParticipants,
    int IdeasSubmitted,
    IReadOnlyList<KeyCount> IdeasByTheme,
    IReadOnlyList<KeyCount> IdeasByStatus,
    int ReachedCouncil,
    IReadOnlyList<KeyCount> CouncilDecisions,
    IReadOnlyList<CouncilItem> Council,
    IReadOnlyList<EventAnswerFigures> Events,
    IReadOnlyList<WeDidItem> WeDid)
{
    /// <summary>The key of <see cref="CouncilDecisions"/> for ideas the council has not answered yet.</summary>
    public const string NoDecision = "Awaiting";
}

/// <summary>A count under a stable key (a theme key, a status, a decision).</summary>
public sealed record KeyCount(string Key, int Count);

/// <summary>An idea put to the council: when it reached the threshold, and the council's answer once recorded.</summary>
public sealed record CouncilItem(long Id, string Title, DateTimeOffset? ReachedAt, CouncilDecision? Decision, string? Answer, DateTimeOffset? AnsweredAt);

/// <summary>
/// An idea that moved on in the period: the status it moved to (its latest such move in the period), when, and
/// the coordinator's comment with that move, or else the idea's latest comment.
/// </summary>
public sealed record WeDidItem(long Id, string Title, IdeaStatus Status, DateTimeOffset At, string? Comment);

/// <summary>Small-count suppression: a count of 1 to 4 is shown as "&lt; 5"; 0 as "0"; 5 and more as the number.</summary>
public static class ReportCount
{
    public const int Threshold = 5;

    public const string Suppressed = "< 5";

    public static string Show(int count) => count switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative."),
        0 => "0",
        < Threshold => Suppressed,
        _ => count.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// The keys the report's labels are asked for, and their English names. A key is "kind:code": "column:section",
/// "section:participants", "measure:first_time", "status:Implemented", "theme:parks", "decision:Accepted",
/// "event_status:Cancelled". A page passes its own function for its language; an unknown key reads as its code.
/// </summary>
public static class ReportLabels
{
    public const string ThemePrefix = "theme:";

    private static readonly Dictionary<string, string> EnglishNames = new(StringComparer.Ordinal)
    {
        ["column:section"] = "Section",
        ["column:id"] = "Id",
        ["column:name"] = "Name",
        ["column:measure"] = "Measure",
        ["column:value"] = "Value",
        ["section:period"] = "Period",
        ["section:participants"] = "Participants",
        ["section:ideas"] = "Ideas submitted",
        ["section:ideas_by_theme"] = "Ideas by theme",
        ["section:ideas_by_status"] = "Ideas by status now",
        ["section:council"] = "Council",
        ["section:council_decisions"] = "Council decisions",
        ["section:council_ideas"] = "Ideas put to the council",
        ["section:events"] = "Events",
        ["section:we_did"] = "You said, we did",
        ["measure:from"] = "From",
        ["measure:until"] = "Until (not included)",
        ["measure:all"] = "All",
        ["measure:first_time"] = "First time",
        ["measure:ideas"] = "Ideas",
        ["measure:reached"] = "Reached the threshold",
        ["measure:decision"] = "Decision",
        ["measure:answer"] = "Answer",
        ["measure:answered"] = "Answered",
        ["measure:starts"] = "Starts",
        ["measure:status"] = "Status",
        ["measure:capacity"] = "Capacity",
        ["measure:going"] = "Going",
        ["measure:waitlisted"] = "Waiting for a place",
        ["measure:maybe"] = "Maybe",
        ["measure:not_going"] = "Not going",
        ["measure:date"] = "Date",
        ["measure:comment"] = "Comment",
        ["status:Submitted"] = "Submitted",
        ["status:Approved"] = "Approved",
        ["status:Rejected"] = "Rejected",
        ["status:InProgress"] = "In progress",
        ["status:Implemented"] = "Implemented",
        ["decision:Accepted"] = "Accepted",
        ["decision:NotAccepted"] = "Not accepted",
        ["decision:Partly"] = "Partly accepted",
        ["decision:" + ActionPlanReport.NoDecision] = "Not answered yet",
        ["event_status:Published"] = "Published",
        ["event_status:Cancelled"] = "Cancelled",
    };

    /// <summary>Every key the CSV asks for apart from themes (whose keys come from configuration).</summary>
    public static IEnumerable<string> Keys => EnglishNames.Keys;

    /// <summary>The English name of a key; the code itself (a theme's key, say) where there is none.</summary>
    public static string English(string key) =>
        EnglishNames.TryGetValue(key, out var name) ? name : key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];

    /// <summary>Labels that name themes as configured, in <paramref name="language"/>, and ask <paramref name="label"/> for the rest.</summary>
    public static Func<string, string> Themed(Func<string, string> label, BotOptions options, Language language)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(options);
        return key => key.StartsWith(ThemePrefix, StringComparison.Ordinal) ? options.ThemeName(key[ThemePrefix.Length..], language) : label(key);
    }
}

/// <summary>
/// The report as CSV, through the exports' writer (RFC 4180, UTF-8 with a byte order mark, CRLF, formulas defused):
/// one row per figure, in columns section, id, name, measure and value. Ids are stable codes (an idea's number, a
/// theme key, a status), names are for people; every count goes through <see cref="ReportCount.Show"/>; times are
/// the city's local time.
/// </summary>
public static class ReportCsv
{
    public static byte[] Write(ActionPlanReport report, EventTime time, Func<string, string>? label = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(time);
        label ??= ReportLabels.English;
        var rows = new List<IReadOnlyList<object?>>();
        string Local(DateTimeOffset at) => time.Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        void Row(string section, string id, string? name, string measure, string? value) =>
            rows.Add([label("section:" + section), id, name, label("measure:" + measure), value]);
        void Count(string section, string id, string? name, string measure, int count) => Row(section, id, name, measure, ReportCount.Show(count));
        string Id(long number) => number.ToString(CultureInfo.InvariantCulture);

        Row("period", string.Empty, null, "from", Local(report.Period.From));
        Row("period", string.Empty, null, "until", Local(report.Period.To));
        Count("participants", string.Empty, null, "all", report.Participants);
        Count("participants", string.Empty, null, "first_time", report.FirstTimeParticipants);
        Count("ideas", string.Empty, null, "ideas", report.IdeasSubmitted);
        foreach (var theme in report.IdeasByTheme)
        {
            Count("ideas_by_theme", theme.Key, label(ReportLabels.ThemePrefix + theme.Key), "ideas", theme.Count);
        }

        foreach (var status in report.IdeasByStatus)
        {
            Count("ideas_by_status", status.Key, label("status:" + status.Key), "ideas", status.Count);
        }

        Count("council", string.Empty, null, "reached", report.ReachedCouncil);
        foreach (var decision in report.CouncilDecisions)
        {
            Count("council_decisions", decision.Key, label("decision:" + decision.Key), "ideas", decision.Count);
        }

        foreach (var idea in report.Council)
        {
            var id = Id(idea.Id);
            Row("council_ideas", id, idea.Title, "reached", idea.ReachedAt is { } reached ? Local(reached) : null);
            Row("council_ideas", id, idea.Title, "decision", label("decision:" + (idea.Decision?.ToString() ?? ActionPlanReport.NoDecision)));
            Row("council_ideas", id, idea.Title, "answer", idea.Answer);
            Row("council_ideas", id, idea.Title, "answered", idea.AnsweredAt is { } answered ? Local(answered) : null);
        }

        foreach (var e in report.Events)
        {
            var id = Id(e.Id);
            Row("events", id, e.Title, "starts", Local(e.StartsAt));
            Row("events", id, e.Title, "status", label("event_status:" + e.Status));
            // A limit the coordinator set, not a count of people.
            Row("events", id, e.Title, "capacity", e.Capacity?.ToString(CultureInfo.InvariantCulture));
            Count("events", id, e.Title, "going", e.Going);
            Count("events", id, e.Title, "waitlisted", e.Waitlisted);
            Count("events", id, e.Title, "maybe", e.Maybe);
            Count("events", id, e.Title, "not_going", e.NotGoing);
        }

        foreach (var idea in report.WeDid)
        {
            var id = Id(idea.Id);
            Row("we_did", id, idea.Title, "status", label("status:" + idea.Status));
            Row("we_did", id, idea.Title, "date", Local(idea.At));
            Row("we_did", id, idea.Title, "comment", idea.Comment);
        }

        Column Text(string key) => new(label("column:" + key), CellKind.Text, 20);
        return Csv.Write(new Table("report", [Text("section"), Text("id"), Text("name"), Text("measure"), Text("value")], rows));
    }
}

public sealed partial class DashboardFigures
{
    /// <summary>The action-plan report for a period (see <see cref="ActionPlanReport"/>).</summary>
    public async Task<ActionPlanReport> ReportAsync(Period period, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var tookPart = Participation(from, to);
        var before = Participation(DateTimeOffset.UnixEpoch, from);
        var participants = await tookPart.CountAsync(ct);
        var firstTime = await tookPart.Where(id => !before.Contains(id)).CountAsync(ct);

        var ideas = await db.Ideas.AsNoTracking()
            .Where(i => i.CreatedAt >= from && i.CreatedAt < to)
            .GroupBy(i => new { i.ThemeKey, i.Status })
            .Select(g => new { g.Key.ThemeKey, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var themeOrder = options.Themes.Select(t => t.Key).ToList();
        var byTheme = ideas.GroupBy(i => i.ThemeKey, StringComparer.Ordinal)
            .OrderBy(g => themeOrder.IndexOf(g.Key) is var at and >= 0 ? at : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyCount(g.Key, g.Sum(i => i.Count)))
            .ToList();
        var byStatus = ideas.GroupBy(i => i.Status)
            .OrderBy(g => Array.IndexOf(StatusOrder, g.Key))
            .Select(g => new KeyCount(g.Key.ToString(), g.Sum(i => i.Count)))
            .ToList();

        // Hidden ideas (reported, waiting for a coordinator) are left out of the lists: their titles are not public meanwhile.
        var council = await db.Ideas.AsNoTracking()
            .Where(i => !i.IsHidden
                && ((i.ReadyForCouncilAt >= from && i.ReadyForCouncilAt < to) || (i.CouncilAnsweredAt >= from && i.CouncilAnsweredAt < to)))
            .OrderBy(i => i.Id)
            .Select(i => new CouncilItem(i.Id, i.Title, i.ReadyForCouncilAt, i.CouncilDecision, i.CouncilAnswer, i.CouncilAnsweredAt))
            .ToListAsync(ct);
        CouncilDecision?[] decisionOrder = [CouncilDecision.Accepted, CouncilDecision.Partly, CouncilDecision.NotAccepted, null];
        var decisions = council.GroupBy(c => c.Decision)
            .OrderBy(g => Array.IndexOf(decisionOrder, g.Key))
            .Select(g => new KeyCount(g.Key?.ToString() ?? ActionPlanReport.NoDecision, g.Count()))
            .ToList();

        var moves = await db.IdeaStatusChanges.AsNoTracking()
            .Where(c => (c.Status == IdeaStatus.InProgress || c.Status == IdeaStatus.Implemented) && c.ChangedAt >= from && c.ChangedAt < to)
            .Join(db.Ideas.Where(i => !i.IsHidden), c => c.IdeaId, i => i.Id, (c, i) => new { i.Id, i.Title, i.LatestComment, Change = c.Id, c.Status, c.ChangedAt, c.Comment })
            .ToListAsync(ct);
        var weDid = moves.GroupBy(m => m.Id)
            .Select(g => g.OrderBy(m => m.ChangedAt).ThenBy(m => m.Change).Last())
            .Select(m => new WeDidItem(m.Id, m.Title, m.Status, m.ChangedAt, string.IsNullOrWhiteSpace(m.Comment) ? m.LatestComment : m.Comment))
            .OrderBy(m => m.At).ThenBy(m => m.Id)
            .ToList();

        return new ActionPlanReport(
            period,
            participants,
            firstTime,
            ideas.Sum(i => i.Count),
            byTheme,
            byStatus,
            council.Count(c => c.ReachedAt is { } reached && period.Contains(reached)),
            decisions,
            council,
            await EventAnswersAsync(period, ct),
            weDid);
    }

    /// <summary>
    /// The members who took part in [from, to): submitted an idea, supported one, answered an event or voted, each
    /// person once. An answer or a vote counts when it was last given or changed: that is when its row says.
    /// </summary>
    private IQueryable<long> Participation(DateTimeOffset from, DateTimeOffset to) =>
        db.Ideas.Where(i => i.AuthorId != null && i.CreatedAt >= from && i.CreatedAt < to).Select(i => i.AuthorId!.Value)
            .Union(db.IdeaSupports.Where(s => s.CreatedAt >= from && s.CreatedAt < to).Select(s => s.MemberId))
            .Union(db.Rsvps.Where(r => r.AnsweredAt >= from && r.AnsweredAt < to).Select(r => r.MemberId))
            .Union(db.PollVotes.Where(v => v.VotedAt >= from && v.VotedAt < to).Select(v => v.MemberId));
}
