using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;

namespace GenYCity.Bot.Domain.Budgets;

/// <summary>
/// /budget: the ballot of each budget open now, at its first page, with the person's choice so far; when none is
/// open, when the next opens, or the results of the latest closed.
/// </summary>
public sealed class BudgetCommand(IBudgetRepository budgets, BudgetCards cards, EventTime time) : ICommand
{
    /// <summary>
    /// /budget in the command catalog: in Telegram's command list and /help, not among the menu's buttons (a vote is
    /// open a few weeks a year, and its announcement and the digest carry its button; the coordinators' menu keeps
    /// within Messenger's 13).
    /// </summary>
    public static CommandInfo Command { get; } = new("budget", Audience.Everyone, true, 55, p => BudgetTexts.For(p.Language).Command);

    public CommandInfo Info => Command;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var t = BudgetTexts.For(chat.Member.Language);
        var voting = await budgets.ListVotingAsync(chat.Now, ct);
        foreach (var budget in voting)
        {
            var projects = await budgets.ProjectsAsync(budget.Id, ct);
            var ballot = await budgets.FindBallotAsync(budget.Id, chat.Member.Id, ct);
            var chosen = ballot is null ? [] : await budgets.ChosenAsync(ballot.Id, ct);
            var (text, buttons) = cards.Ballot(budget, projects, chosen, ballot, 1, chat.Member.Language);
            chat.Reply(text, buttons);
        }

        if (voting.Count > 0)
        {
            return;
        }

        var closed = await budgets.ListClosedSinceAsync(DateTimeOffset.MinValue, ct);
        if (await budgets.NextToOpenAsync(chat.Now, ct) is { } next)
        {
            chat.Reply(t.NextOpens(Messaging.Markup.Escape(next.Title(chat.Member.Language)), time.Moment(next.OpensAt)));
        }
        else if (closed.Count == 0)
        {
            MainMenu.Show(chat, t.NoBudget);
            return;
        }

        if (closed.Count > 0)
        {
            var (counts, ranked) = await BudgetResults.OfAsync(budgets, closed[0], ct);
            chat.Reply(BudgetCards.Results(closed[0], counts, ranked, chat.Member.Language));
        }
    }
}
