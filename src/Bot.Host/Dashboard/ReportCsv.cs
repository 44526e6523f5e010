using System.Globalization;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Exports;

namespace GenYCity.Bot.Host.Dashboard;

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

        foreach (var section in report.Sections)
        {
            foreach (var row in section.Rows)
            {
                for (var i = 0; i < section.Measures.Count; i++)
                {
                    rows.Add([section.Heading, Id(row.Id), row.Name, section.Measures[i].Name, ReportCount.Show(row.Counts[i])]);
                }
            }
        }

        Column Text(string key) => new(label("column:" + key), CellKind.Text, 20);
        return Csv.Write(new Table("report", [Text("section"), Text("id"), Text("name"), Text("measure"), Text("value")], rows));
    }
}
