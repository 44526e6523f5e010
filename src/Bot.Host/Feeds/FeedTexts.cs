using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// The public feeds' words in one language: the calendar's name, the open data's titles, and the results page.
/// Plain text: the page encodes it.
/// </summary>
public sealed class FeedTexts(Language language) : TranslatedTexts(language, FeedTexts.Namespace)
{
    /// <summary>Its translator files: <c>texts/feeds/{language}.json</c>.</summary>
    public const string Namespace = "feeds";

    public static FeedTexts For(Language language) => new(language);

    public string CalendarName(string organisation) => T(nameof(CalendarName), ("organisation", organisation));

    public string CalendarDescription => T(nameof(CalendarDescription));

    /// <summary>The line under an event's description in the calendar, with its link to the bot.</summary>
    public string AnswerInBot(string link) => T(nameof(AnswerInBot), ("link", link));

    public string IdeasTitle(string organisation) => T(nameof(IdeasTitle), ("organisation", organisation));

    public string WeDidTitle(string organisation) => T(nameof(WeDidTitle), ("organisation", organisation));

    public string ResultsTitle => T(nameof(ResultsTitle));

    public string ResultsIntro => T(nameof(ResultsIntro));

    public string Done => T(nameof(Done));

    public string UnderWay => T(nameof(UnderWay));

    public string DoneOn(LocalMoment when) => T(nameof(DoneOn), ("when", when));

    public string StartedOn(LocalMoment when) => T(nameof(StartedOn), ("when", when));

    public string WhatWasDone => T(nameof(WhatWasDone));

    public string Theme => T(nameof(Theme));

    public string District => T(nameof(District));

    public string Supports(int count) => T(nameof(Supports), ("count", count));

    public string FewSupports => T(nameof(FewSupports));

    public string SmallCounts => T(nameof(SmallCounts));

    public string NothingYet => T(nameof(NothingYet));

    public string SuggestIdea => T(nameof(SuggestIdea));

    public string OpenData => T(nameof(OpenData));

    public string AllIdeas => T(nameof(AllIdeas));

    public string Licence => T(nameof(Licence));

    public string Publisher(string organisation) => T(nameof(Publisher), ("organisation", organisation));

    public string Updated(LocalMoment when) => T(nameof(Updated), ("when", when));

    public string OtherLanguages => T(nameof(OtherLanguages));
}
