using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Domain.Budgets;

/// <summary>
/// Voting in chat: the ballot's pages, Add and Remove (the choice kept on the ballot, as a draft is, across
/// restarts), More, Vote once the rule is met (refused in words, with the amounts, when it is not), Withdraw, and
/// the results of a closed budget. Every press is checked here on the server against the budget as it is now.
/// </summary>
public sealed class BudgetButtons(IBudgetRepository budgets, BudgetCards cards, EventTime time) : ButtonHandler<BudgetPress>
{
    public const string Prefix = "bg";
    public const string ShowPage = "p";
    public const string Open = "o";
    public const string Add = "a";
    public const string Remove = "x";
    public const string More = "m";
    public const string Vote = "v";
    public const string Withdraw = "w";
    public const string Results = "r";

    public static readonly ButtonData<BudgetPress> Buttons = new(
        Prefix,
        press => press.Action switch
        {
            Add or Remove or More => [press.Action, ButtonParts.Id(press.BudgetId), ButtonParts.Id(press.ProjectId), ButtonParts.Id(press.Page)],
            Results => [press.Action, ButtonParts.Id(press.BudgetId)],
            _ => [press.Action, ButtonParts.Id(press.BudgetId), ButtonParts.Id(press.Page)],
        },
        parts => parts switch
        {
            [Add or Remove or More, var budget, var project, var page]
                when ButtonParts.TryId(budget, out var b) && ButtonParts.TryId(project, out var p) && PageNumbers.FromPayload(page) is { } n
                => new BudgetPress(parts[0], b, p, n),
            [ShowPage or Open or Vote or Withdraw, var budget, var page] when ButtonParts.TryId(budget, out var b) && PageNumbers.FromPayload(page) is { } n
                => new BudgetPress(parts[0], b, 0, n),
            [Results, var budget] when ButtonParts.TryId(budget, out var b) => new BudgetPress(Results, b, 0, 1),
            _ => null,
        });

    public override bool NeedsConsent => true;

    protected override ButtonData<BudgetPress> Data => Buttons;

    /// <summary>
    /// The payload that opens a budget's ballot at its first page in a message of its own (the digest's and the
    /// announcement's Vote, whose message stays as it is).
    /// </summary>
    public static string OpenPayload(long budgetId) => Buttons.Pack(new BudgetPress(Open, budgetId, 0, 1));

    public static string ResultsPayload(long budgetId) => Buttons.Pack(new BudgetPress(Results, budgetId, 0, 1));

    protected override async Task HandleAsync(ChatContext chat, BudgetPress press, CancellationToken ct)
    {
        if (await budgets.FindAsync(press.BudgetId, ct) is not { } budget)
        {
            StaleButton.Answer(chat);
            return;
        }

        var t = BudgetTexts.For(chat.Member.Language);
        if (press.Action == Results)
        {
            await ShowResultsAsync(chat, budget, t, ct);
            return;
        }

        if (Refusal(budget, chat.Now, t) is { } refusal)
        {
            chat.Reply(refusal);
            return;
        }

        var projects = await budgets.ProjectsAsync(budget.Id, ct);
        var project = press.ProjectId == 0 ? null : projects.FirstOrDefault(p => p.Id == press.ProjectId);
        if (press.Action is Add or Remove or More && project is null)
        {
            StaleButton.Answer(chat);
            return;
        }

        var ballot = await budgets.FindBallotAsync(budget.Id, chat.Member.Id, ct);
        var chosen = ballot is null ? [] : await budgets.ChosenAsync(ballot.Id, ct);
        switch (press.Action)
        {
            case More:
                chat.Send(cards.Project(chat.ReplyTo, budget, projects, project!, chosen.Contains(project!.Id), ballot is { IsCast: true }, press.Page, chat.Member.Language));
                return;
            case Add or Remove when ballot is { IsCast: true }:
                chat.Reply(t.WithdrawToChange);
                break;
            case Add when !chosen.Contains(project!.Id):
                if (ballot is null)
                {
                    ballot = BudgetBallot.Start(budget.Id, chat.Member.Id, chat.Now);
                    await budgets.AddBallotAsync(ballot, ct);
                }

                budgets.Choose(ballot.Id, project.Id);
                ballot.Changed(chat.Now);
                chosen = [.. chosen, project.Id];
                break;
            case Remove when ballot is not null && chosen.Contains(project!.Id):
                await budgets.UnchooseAsync(ballot.Id, project.Id, ct);
                ballot.Changed(chat.Now);
                chosen = [.. chosen.Where(id => id != project.Id)];
                break;
            case Vote:
                Cast(chat, budget, projects, ballot, chosen, t);
                break;
            case Withdraw when ballot is { IsCast: true }:
                ballot.Withdraw(chat.Now);
                chat.Reply(t.Withdrawn(time.Moment(budget.ClosesAt)));
                break;
            case Withdraw:
                chat.Reply(t.NothingToWithdraw);
                break;
        }

        var (text, buttons) = cards.Ballot(budget, projects, chosen, ballot, press.Page, chat.Member.Language);
        if (press.Action == Open)
        {
            chat.Reply(text, buttons);
        }
        else if (press.Action is Vote or Withdraw)
        {
            // The ballot as it stands now, under the answer; the one pressed loses its buttons.
            chat.RetireSourceButtons();
            chat.Reply(text, buttons);
        }
        else
        {
            chat.ReplaceSource(text, buttons);
        }
    }

    /// <summary>Why no ballot is taken now: the vote has not opened, or it has closed; null while it is open.</summary>
    public string? Refusal(Budget budget, DateTimeOffset now, BudgetTexts t) => budget.StageAt(now) switch
    {
        BudgetStage.Upcoming => t.NotOpenYet(time.Moment(budget.OpensAt)),
        BudgetStage.Voting => null,
        _ => t.VoteClosed,
    };

    private void Cast(ChatContext chat, Budget budget, IReadOnlyList<BudgetProject> projects, BudgetBallot? ballot, IReadOnlyList<long> chosen, BudgetTexts t)
    {
        if (ballot is { IsCast: true })
        {
            chat.Reply(t.AlreadyVoted(time.Moment(ballot.CastAt ?? ballot.UpdatedAt)));
            return;
        }

        var cost = projects.Where(p => chosen.Contains(p.Id)).Sum(p => p.Cost);
        if (ballot is null || BallotRule.Problems(budget, chosen.Count, cost) is { Count: > 0 })
        {
            chat.Reply(t.NotYet(BudgetCards.Why(BallotRule.Problems(budget, chosen.Count, cost), t)));
            return;
        }

        ballot.Cast(chat.Now);
        chat.Reply(t.Voted(chosen.Count, t.Money(cost), time.Moment(budget.ClosesAt)));
    }

    private async Task ShowResultsAsync(ChatContext chat, Budget budget, BudgetTexts t, CancellationToken ct)
    {
        if (budget.Status != BudgetStatus.Closed)
        {
            chat.Reply(Refusal(budget, chat.Now, t) ?? t.ResultsAtClosing(time.Moment(budget.ClosesAt)));
            return;
        }

        var (counts, ranked) = await BudgetResults.OfAsync(budgets, budget, ct);
        chat.Reply(BudgetCards.Results(budget, counts, ranked, chat.Member.Language));
    }
}
