using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// A feature's own section of the action-plan report (a budget's ballots, say): its figures for the period, in the
/// coordinator's language, shown on the page and written to the CSV as the report's own figures are, every count
/// through <see cref="ReportCount.Show"/>. A module adds one with <c>module.ReportPart&lt;…&gt;()</c>.
/// </summary>
public interface IReportPart
{
    /// <summary>
    /// The section for [from, to), or null when there is nothing in it; <paramref name="before"/> are the members who
    /// took part in any way before the period (for "first time" counts).
    /// </summary>
    Task<ReportSection?> GatherAsync(BotDbContext db, Period period, IQueryable<long> before, Language language, CancellationToken ct);
}

/// <summary>A section of the report: a stable key for the CSV, its heading, its measures (a key and a name each), and a row per thing counted.</summary>
public sealed record ReportSection(string Key, string Heading, IReadOnlyList<(string Key, string Name)> Measures, IReadOnlyList<ReportSectionRow> Rows);

/// <summary>One thing counted (a budget): its number, its name, and a count per measure.</summary>
public sealed record ReportSectionRow(long Id, string Name, IReadOnlyList<int> Counts);
