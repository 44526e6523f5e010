using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Budgets;

/// <summary>What participatory budgets say in chat, in each language.</summary>
public sealed class BudgetTexts(Language language) : TranslatedTexts(language, BudgetTexts.Namespace), IFeatureTexts
{
    /// <summary>Its translator files: <c>texts/budgets/{language}.json</c>.</summary>
    public const string Namespace = "budgets";

    public static BudgetTexts For(Language language) => new(language);

    public string Command => T(nameof(Command));

    /// <summary>An amount of euros, as the language writes it ("€42,000", "42 000 €").</summary>
    public string Money(long euros) => T(nameof(Money), ("amount", euros.ToString("N0", Language.Info().CultureInfo)));

    public string RuleKnapsack(string total) => T(nameof(RuleKnapsack), ("total", total));

    public string RuleKnapsackBetween(string minimum, string total) => T(nameof(RuleKnapsackBetween), ("minimum", minimum), ("total", total));

    public string RuleAtMost(int most) => T(nameof(RuleAtMost), ("count", most));

    public string RuleApproval(int most, string total) => T(nameof(RuleApproval), ("count", most), ("total", total));

    public string VotingUntil(LocalMoment closes) => T(nameof(VotingUntil), ("closes", closes));

    public string PageOf(int page, int pages) => T(nameof(PageOf), ("page", page), ("pages", pages));

    [Label] public string Add(int number) => T(nameof(Add), ("number", number));

    [Label] public string Remove(int number) => T(nameof(Remove), ("number", number));

    [Label] public string More(int number) => T(nameof(More), ("number", number));

    [Label] public string BackToList => T(nameof(BackToList));

    [Label] public string VoteButton => T(nameof(VoteButton));

    [Label] public string VoteNow => T(nameof(VoteNow));

    [Label] public string WithdrawButton => T(nameof(WithdrawButton));

    [Label] public string ResultsButton => T(nameof(ResultsButton));

    public string District(string name) => T(nameof(District), ("name", name));

    public string FromIdea(long number) => T(nameof(FromIdea), ("number", number));

    public string ChosenLeft(int count, string cost, string total, string left) => T(nameof(ChosenLeft), ("count", count), ("cost", cost), ("total", total), ("left", left));

    public string ChosenOver(int count, string cost, string total) => T(nameof(ChosenOver), ("count", count), ("cost", cost), ("total", total));

    public string ChosenOf(int count, int most) => T(nameof(ChosenOf), ("count", count), ("most", most));

    public string ReadyToVote => T(nameof(ReadyToVote));

    public string ChooseFirst => T(nameof(ChooseFirst));

    public string OverBy(string amount) => T(nameof(OverBy), ("amount", amount));

    public string UnderMinimum(string minimum) => T(nameof(UnderMinimum), ("minimum", minimum));

    public string TooMany(int most) => T(nameof(TooMany), ("count", most));

    public string NotYet(string why) => T(nameof(NotYet), ("why", why));

    public string Voted(int count, string cost, LocalMoment closes) => T(nameof(Voted), ("count", count), ("cost", cost), ("closes", closes));

    public string YouVoted(LocalMoment at) => T(nameof(YouVoted), ("at", at));

    public string AlreadyVoted(LocalMoment at) => T(nameof(AlreadyVoted), ("at", at));

    public string WithdrawToChange => T(nameof(WithdrawToChange));

    public string Withdrawn(LocalMoment closes) => T(nameof(Withdrawn), ("closes", closes));

    public string NothingToWithdraw => T(nameof(NothingToWithdraw));

    public string NotOpenYet(LocalMoment opens) => T(nameof(NotOpenYet), ("opens", opens));

    public string VoteClosed => T(nameof(VoteClosed));

    public string ResultsAtClosing(LocalMoment closes) => T(nameof(ResultsAtClosing), ("closes", closes));

    public string NoBudget => T(nameof(NoBudget));

    public string NextOpens(string title, LocalMoment opens) => T(nameof(NextOpens), ("title", title), ("opens", opens));

    public string OpeningLine(int projects, LocalMoment closes) => T(nameof(OpeningLine), ("count", projects), ("closes", closes));

    public string ResultsTitle(string title) => T(nameof(ResultsTitle), ("title", title));

    public string ResultsBallots(int ballots, string total) => T(nameof(ResultsBallots), ("count", ballots), ("total", total));

    public string ResultLine(string title, int votes, string cost) => T(nameof(ResultLine), ("title", title), ("count", votes), ("cost", cost));

    public string ResultsSpent(string spent, string total) => T(nameof(ResultsSpent), ("spent", spent), ("total", total));

    public string TieRule => T(nameof(TieRule));

    public string ThanksForVoting => T(nameof(ThanksForVoting));

    public string OnBallot => T(nameof(OnBallot));

    public string DigestHeader => T(nameof(DigestHeader));

    public string DigestOpen(string title, LocalMoment closes) => T(nameof(DigestOpen), ("title", title), ("closes", closes));

    public string DigestFunded(string title, string projects) => T(nameof(DigestFunded), ("title", title), ("projects", projects));

    public string DigestNoneFunded(string title) => T(nameof(DigestNoneFunded), ("title", title));

    /// <summary>What /stats and the dashboard call the broadcast of an opening.</summary>
    public string KindBudgetOpened => T(nameof(KindBudgetOpened));

    public string KindBudgetResults => T(nameof(KindBudgetResults));
}
