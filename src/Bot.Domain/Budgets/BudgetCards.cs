using System.Text;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Budgets;

/// <summary>
/// How a budget is shown in chat: the ballot a page at a time (each project's title, cost and a short text, with
/// Add or Remove and More; the running choice always under them; Vote once the rule is met, or why not), one
/// project whole with its photo, the announcement of its opening, and its results.
/// </summary>
public sealed class BudgetCards(EventTime time, BotOptions options)
{
    /// <summary>Five projects with Add or Remove and More each, Back, Next and Vote: Messenger's 13 quick replies.</summary>
    public const int PageSize = 5;

    /// <summary>How much of a project's description the list shows before "More".</summary>
    public const int ShortText = 140;

    /// <summary>How much of the budget's description the first page shows.</summary>
    public const int ShortDescription = 400;

    /// <summary>One page of the ballot, for one person: what they chose, and whether their ballot is cast.</summary>
    public (string Text, IReadOnlyList<IReadOnlyList<Button>> Buttons) Ballot(
        Budget budget, IReadOnlyList<BudgetProject> projects, IReadOnlyCollection<long> chosen, BudgetBallot? ballot, int page, Language language)
    {
        var t = BudgetTexts.For(language);
        var pages = Math.Max(1, (projects.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var cast = ballot is { IsCast: true };
        var text = new StringBuilder(Markup.Bold($"🗳 {Markup.Escape(budget.Title(language))}"));
        if (page == 1 && budget.Description(language) is { Length: > 0 } description)
        {
            text.Append('\n').Append(Markup.Escape(ButtonLabel.Fit(description, ShortDescription)));
        }

        text.Append("\n\n").Append(Rule(budget, t)).Append('\n').Append(t.VotingUntil(time.Moment(budget.ClosesAt)));
        var buttons = new List<IReadOnlyList<Button>>();
        var onPage = projects.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        foreach (var project in onPage)
        {
            var number = Number(projects, project);
            var mine = chosen.Contains(project.Id);
            text.Append("\n\n").Append(ProjectLine(project, number, mine, t, language));
            if (project.Description(language) is { Length: > 0 } about)
            {
                text.Append('\n').Append(Markup.Escape(ButtonLabel.Fit(about, ShortText)));
            }

            var row = new List<Button>();
            if (!cast)
            {
                row.Add(Toggle(budget, project, number, mine, page, t));
            }

            row.Add(BudgetButtons.Buttons.Button(t.More(number), new BudgetPress(BudgetButtons.More, budget.Id, project.Id, page)));
            buttons.Add(row);
        }

        if (pages > 1)
        {
            text.Append("\n\n").Append(t.PageOf(page, pages));
            var navigation = new List<Button>();
            if (page > 1)
            {
                navigation.Add(BudgetButtons.Buttons.Button(Phrasebook.For(language).Back, BudgetPress.ToPage(budget.Id, page - 1)));
            }

            if (page < pages)
            {
                navigation.Add(BudgetButtons.Buttons.Button(Phrasebook.For(language).Next, BudgetPress.ToPage(budget.Id, page + 1)));
            }

            buttons.Add(navigation);
        }

        var cost = projects.Where(p => chosen.Contains(p.Id)).Sum(p => p.Cost);
        text.Append("\n\n").Append(Running(budget, chosen.Count, cost, t));
        if (cast)
        {
            text.Append('\n').Append(t.YouVoted(time.Moment(ballot!.CastAt ?? ballot.UpdatedAt)));
            buttons.Add([BudgetButtons.Buttons.Button(t.WithdrawButton, new BudgetPress(BudgetButtons.Withdraw, budget.Id, 0, page))]);
        }
        else if (BallotRule.Problems(budget, chosen.Count, cost) is { Count: > 0 } problems)
        {
            text.Append('\n').Append(Why(problems, t));
        }
        else
        {
            text.Append('\n').Append(t.ReadyToVote);
            buttons.Add([BudgetButtons.Buttons.Button(t.VoteButton, new BudgetPress(BudgetButtons.Vote, budget.Id, 0, page))]);
        }

        return (text.ToString(), buttons);
    }

    /// <summary>One project whole: its full text, cost, district, the idea it comes from, and its photo where the chat can show it.</summary>
    public OutboundMessage Project(Recipient to, Budget budget, IReadOnlyList<BudgetProject> projects, BudgetProject project, bool mine, bool cast, int page, Language language)
    {
        var t = BudgetTexts.For(language);
        var number = Number(projects, project);
        var text = new StringBuilder(ProjectLine(project, number, mine, t, language));
        if (project.DistrictKey is { } district && options.FindDistrict(district) is { } found)
        {
            text.Append('\n').Append(t.District(Markup.Escape(found.Name(language))));
        }

        if (project.Description(language) is { Length: > 0 } about)
        {
            text.Append("\n\n").Append(Markup.Escape(about));
        }

        if (project.IdeaId is { } idea)
        {
            text.Append("\n\n").Append(t.FromIdea(idea));
        }

        var row = new List<Button>();
        if (!cast)
        {
            row.Add(Toggle(budget, project, number, mine, page, t));
        }

        row.Add(BudgetButtons.Buttons.Button(t.BackToList, BudgetPress.ToPage(budget.Id, page)));
        return new OutboundMessage(to, text.ToString()) { Buttons = [row], PhotoRef = project.PhotoFor(to.Channel) };
    }

    /// <summary>"Chosen: 3 projects, €42,000 of €50,000 (€8,000 left)", or, for approval, the projects against the most.</summary>
    public static string Running(Budget budget, int count, long cost, BudgetTexts t) => budget.Rule == BudgetRuleKind.Knapsack
        ? cost <= budget.Total
            ? t.ChosenLeft(count, t.Money(cost), t.Money(budget.Total), t.Money(budget.Total - cost))
            : t.ChosenOver(count, t.Money(cost), t.Money(budget.Total))
        : t.ChosenOf(count, budget.MaxProjects ?? count);

    /// <summary>The rule in one sentence.</summary>
    public static string Rule(Budget budget, BudgetTexts t)
    {
        if (budget.Rule == BudgetRuleKind.Approval)
        {
            return t.RuleApproval(budget.MaxProjects ?? Budget.MostProjects, t.Money(budget.Total));
        }

        var rule = new StringBuilder(budget.MinPercent is not null
            ? t.RuleKnapsackBetween(t.Money(budget.MinimumSpend), t.Money(budget.Total))
            : t.RuleKnapsack(t.Money(budget.Total)));
        if (budget.MaxProjects is { } most)
        {
            rule.Append(' ').Append(t.RuleAtMost(most));
        }

        return rule.ToString();
    }

    /// <summary>Why the choice cannot be cast, every reason, each with its amount.</summary>
    public static string Why(IReadOnlyList<BallotProblem> problems, BudgetTexts t) => string.Join('\n', problems.Select(p => p.Kind switch
    {
        BallotProblemKind.Empty => t.ChooseFirst,
        BallotProblemKind.OverBudget => t.OverBy(t.Money(p.Amount)),
        BallotProblemKind.UnderMinimum => t.UnderMinimum(t.Money(p.Amount)),
        _ => t.TooMany((int)p.Amount),
    }));

    /// <summary>The announcement of the opening, to everyone who takes announcements, with Vote.</summary>
    public BroadcastContent Opening(Budget budget, int projects) => new(Languages.All.ToDictionary(language => language, language =>
    {
        var t = BudgetTexts.For(language);
        var text = new StringBuilder(Markup.Bold($"🗳 {Markup.Escape(budget.Title(language))}"));
        if (budget.Description(language) is { Length: > 0 } description)
        {
            text.Append('\n').Append(Markup.Escape(description));
        }

        text.Append("\n\n").Append(Rule(budget, t)).Append('\n').Append(t.OpeningLine(projects, time.Moment(budget.ClosesAt)));
        return new OutboundTemplate(text.ToString()) { Buttons = [[new Button(t.VoteNow, BudgetButtons.OpenPayload(budget.Id))]] };
    }));

    /// <summary>The results in one language: every project in order of votes, the funded ones marked, and how ties were broken.</summary>
    public static string Results(Budget budget, BudgetCounts counts, IReadOnlyList<ProjectResult> ranked, Language language)
    {
        var t = BudgetTexts.For(language);
        var text = new StringBuilder(Markup.Bold($"🏆 {t.ResultsTitle(Markup.Escape(budget.Title(language)))}"))
            .Append('\n').Append(t.ResultsBallots(counts.Ballots, t.Money(budget.Total)));
        foreach (var result in ranked)
        {
            var line = t.ResultLine(Markup.Escape(result.Project.Title(language)), result.Votes, t.Money(result.Project.Cost));
            text.Append('\n').Append(result.Funded ? $"✅ {line}" : $"▫️ {line}");
        }

        var spent = ranked.Where(r => r.Funded).Sum(r => r.Project.Cost);
        text.Append("\n\n").Append(t.ResultsSpent(t.Money(spent), t.Money(budget.Total)))
            .Append('\n').Append(t.TieRule);
        return text.ToString();
    }

    /// <summary>A project's number on the ballot: its place among the budget's projects, from 1.</summary>
    public static int Number(IReadOnlyList<BudgetProject> projects, BudgetProject project) => projects.ToList().FindIndex(p => p.Id == project.Id) + 1;

    private static string ProjectLine(BudgetProject project, int number, bool mine, BudgetTexts t, Language language) =>
        $"{(mine ? "✅ " : string.Empty)}{Markup.Bold($"{number}. {Markup.Escape(project.Title(language))}")} — {t.Money(project.Cost)}{(project.PhotoRef is null ? string.Empty : " 📷")}";

    private static Button Toggle(Budget budget, BudgetProject project, int number, bool mine, int page, BudgetTexts t) => mine
        ? BudgetButtons.Buttons.Button(t.Remove(number), new BudgetPress(BudgetButtons.Remove, budget.Id, project.Id, page))
        : BudgetButtons.Buttons.Button(t.Add(number), new BudgetPress(BudgetButtons.Add, budget.Id, project.Id, page));
}
