using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>The reasons of a report, as ideas' and comments' buttons carry them and as people read them.</summary>
public static class ReportReasons
{
    /// <summary>Each reason's word in a button's payload ("vote:flag:12:spam", "cm:p:57:spam").</summary>
    public static readonly IReadOnlyDictionary<string, ReportReason> Words = new Dictionary<string, ReportReason>(StringComparer.Ordinal)
    {
        ["spam"] = ReportReason.Spam,
        ["offensive"] = ReportReason.Offensive,
        ["offtopic"] = ReportReason.NotAboutTheCity,
        ["other"] = ReportReason.Other,
    };

    public static string Label(ReportReason reason, Phrasebook t) => reason switch
    {
        ReportReason.Spam => t.ReportSpam,
        ReportReason.Offensive => t.ReportOffensive,
        ReportReason.NotAboutTheCity => t.ReportOffTopic,
        _ => t.ReportOther,
    };

    /// <summary>How many reports gave each reason, the most given first: "Spam or advertising 2 · Offensive 1".</summary>
    public static string Counted(IReadOnlyDictionary<ReportReason, int> reasons, Phrasebook t) =>
        string.Join(" · ", reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key).Select(r => $"{Label(r.Key, t)} {r.Value}"));
}
