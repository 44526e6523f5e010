using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Results;

/// <summary>What following ideas, their news, the council's answers and /results say, in each language.</summary>
public sealed class ResultsTexts(Language language) : TranslatedTexts(language, ResultsTexts.Namespace), IFeatureTexts
{
    /// <summary>Its translator files: <c>texts/results/{language}.json</c>.</summary>
    public const string Namespace = "results";

    public static ResultsTexts For(Language language) => new(language);

    public string Command => T(nameof(Command));

    [Label] public string MenuLabel => T(nameof(MenuLabel));

    [Label] public string Follow => T(nameof(Follow));

    [Label] public string Unfollow => T(nameof(Unfollow));

    public string Followed(long number) => T(nameof(Followed), ("number", number));

    public string Unfollowed(long number) => T(nameof(Unfollowed), ("number", number));

    public string OwnIdea => T(nameof(OwnIdea));

    public string NoticeHeader(long number, string title) => T(nameof(NoticeHeader), ("number", number), ("title", title));

    public string NoticeFooter => T(nameof(NoticeFooter));

    public string AuthorHeader(long number, string title) => T(nameof(AuthorHeader), ("number", number), ("title", title));

    public string Approved => T(nameof(Approved));

    public string InProgress => T(nameof(InProgress));

    public string Implemented => T(nameof(Implemented));

    public string ReadyForCouncil => T(nameof(ReadyForCouncil));

    public string CouncilAnswer(string decision) => T(nameof(CouncilAnswer), ("decision", decision));

    public string Progress => T(nameof(Progress));

    public string Decision(CouncilDecision decision) => T($"{nameof(Decision)}.{decision}");

    [Label] public string DecisionLabel(CouncilDecision decision) => T($"{nameof(DecisionLabel)}.{decision}");

    public string ResultsHeader => T(nameof(ResultsHeader));

    public string ResultsEmpty => T(nameof(ResultsEmpty));

    public string ResultsPage(int page, int pages) => T(nameof(ResultsPage), ("page", page), ("pages", pages));

    public string ResultLine(string status, LocalMoment date) => T(nameof(ResultLine), ("status", status), ("date", date));

    public string DigestLink => T(nameof(DigestLink));

    [Label] public string CouncilButton => T(nameof(CouncilButton));

    [Label] public string ProgressButton => T(nameof(ProgressButton));

    public string AskDecision(long number) => T(nameof(AskDecision), ("number", number));

    public string AskCouncilText(int max) => T(nameof(AskCouncilText), ("max", max));

    public string CouncilRecorded(long number) => T(nameof(CouncilRecorded), ("number", number));

    public string AskProgressText(long number, int max) => T(nameof(AskProgressText), ("number", number), ("max", max));

    public string AskProgressPhoto => T(nameof(AskProgressPhoto));

    public string ProgressRecorded(long number) => T(nameof(ProgressRecorded), ("number", number));

    public string NotPublic(long number) => T(nameof(NotPublic), ("number", number));

    public string DraftCouncil(long number) => T(nameof(DraftCouncil), ("number", number));

    public string DraftProgress(long number) => T(nameof(DraftProgress), ("number", number));

    /// <summary>The line for one timeline entry (its words follow on their own line).</summary>
    public string Headline(IdeaNews news) => news.Kind switch
    {
        IdeaNewsKind.Approved => Approved,
        IdeaNewsKind.InProgress => InProgress,
        IdeaNewsKind.Implemented => Implemented,
        IdeaNewsKind.ReadyForCouncil => ReadyForCouncil,
        IdeaNewsKind.CouncilAnswer => CouncilAnswer(Decision(news.Decision ?? CouncilDecision.Partly)),
        IdeaNewsKind.OnBallot => Budgets.BudgetTexts.For(Language).OnBallot,
        _ => Progress,
    };
}
