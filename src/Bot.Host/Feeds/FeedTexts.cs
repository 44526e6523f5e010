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

    /// <summary>The page's title in the browser's tab: the page and who publishes it.</summary>
    public string PageTitle(string organisation) => T(nameof(PageTitle), ("organisation", organisation));

    public string ResultsIntro => T(nameof(ResultsIntro));

    public string Done => T(nameof(Done));

    public string UnderWay => T(nameof(UnderWay));

    public string DoneOn(LocalMoment when) => T(nameof(DoneOn), ("when", when));

    public string StartedOn(LocalMoment when) => T(nameof(StartedOn), ("when", when));

    public string WhatWasDone => T(nameof(WhatWasDone));

    public string ThemeIs(string theme) => T(nameof(ThemeIs), ("theme", theme));

    public string DistrictIs(string district) => T(nameof(DistrictIs), ("district", district));

    /// <summary>Between the parts of a line (when, theme, district, supports).</summary>
    public string Separator => T(nameof(Separator));

    public string Supports(int count) => T(nameof(Supports), ("count", count));

    public string FewSupports => T(nameof(FewSupports));

    public string SmallCounts => T(nameof(SmallCounts));

    public string NothingYet => T(nameof(NothingYet));

    public string SuggestIdea => T(nameof(SuggestIdea));

    /// <summary>The line that links the open data: each of <paramref name="ideas"/> and <paramref name="results"/> a <see cref="DataSet"/>.</summary>
    public string OpenDataLine(string ideas, string results) => T(nameof(OpenDataLine), ("ideas", ideas), ("results", results));

    /// <summary>A data set by its name, with a link to each of its formats (named CSV and JSON in every language).</summary>
    public string DataSet(string name, string csv, string json) => T(nameof(DataSet), ("name", name), ("csv", csv), ("json", json));

    public string AllIdeas => T(nameof(AllIdeas));

    /// <summary>The licence (a link), who publishes and when the page was made.</summary>
    public string LicenceLine(string licence, string organisation, LocalMoment when) =>
        T(nameof(LicenceLine), ("licence", licence), ("organisation", organisation), ("when", when));

    public string OtherLanguages => T(nameof(OtherLanguages));
}
