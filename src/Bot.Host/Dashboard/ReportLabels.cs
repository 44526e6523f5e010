using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// The keys the report's labels are asked for; their names are translator texts (<see cref="ReportTexts"/>). A key is "kind:code": "column:section",
/// "section:participants", "measure:first_time", "status:Implemented", "theme:parks", "decision:Accepted",
/// "event_status:Cancelled". A page passes its own function for its language; an unknown key reads as its code.
/// </summary>
public static class ReportLabels
{
    public const string ThemePrefix = "theme:";

    /// <summary>Every key the CSV asks for apart from themes (whose keys come from configuration); their names are in <see cref="ReportTexts"/>.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "column:section", "column:id", "column:name", "column:measure", "column:value",
        "section:period", "section:participants", "section:ideas", "section:ideas_by_theme", "section:ideas_by_status", "section:council",
        "section:council_decisions", "section:council_ideas", "section:events", "section:we_did",
        "measure:from", "measure:until", "measure:all", "measure:first_time", "measure:ideas", "measure:reached", "measure:decision",
        "measure:answer", "measure:answered", "measure:starts", "measure:status", "measure:capacity", "measure:going", "measure:waitlisted",
        "measure:maybe", "measure:not_going", "measure:date", "measure:comment",
        "status:Submitted", "status:Approved", "status:Rejected", "status:InProgress", "status:Implemented",
        "decision:Accepted", "decision:NotAccepted", "decision:Partly", "decision:" + ActionPlanReport.NoDecision,
        "event_status:Published", "event_status:Cancelled",
    ];

    /// <summary>The labels in a language; the code itself (a theme's key, say) where there is none.</summary>
    public static Func<string, string> In(Language language)
    {
        var labels = ReportTexts.For(language).Labels;
        return key => labels.TryGetValue(key, out var name) ? name : key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }

    /// <summary>The labels in the reference language (English), for a report read without a page's language.</summary>
    public static string English(string key) => In(Language.Reference)(key);

    /// <summary>Labels that name themes as configured, in <paramref name="language"/>, and ask <paramref name="label"/> for the rest.</summary>
    public static Func<string, string> Themed(Func<string, string> label, BotOptions options, Language language)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(options);
        return key => key.StartsWith(ThemePrefix, StringComparison.Ordinal) ? options.ThemeName(key[ThemePrefix.Length..], language) : label(key);
    }
}
