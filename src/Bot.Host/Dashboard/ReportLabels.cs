using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Host.Dashboard;

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
