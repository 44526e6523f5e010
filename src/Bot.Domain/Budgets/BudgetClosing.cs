using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Budgets;

/// <summary>
/// Opens and closes budgets, once each: the announcement of an opening and the closing with its results are
/// recorded on the budget, with its version, in the unit of work that starts their broadcast; the job that runs
/// twice, or on two instances, finds them done.
/// </summary>
public sealed class BudgetClosing(IBudgetRepository budgets, IBroadcastRepository broadcasts, BudgetCards cards)
{
    /// <summary>Announces the budgets that opened and closes those whose time is up: how many of each.</summary>
    public async Task<(int Opened, int Closed)> RunDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var opened = 0;
        foreach (var budget in await budgets.ListToAnnounceAsync(now, ct))
        {
            // A ballot without projects is not announced (the dashboard warns of it); one added later is not possible.
            var projects = await budgets.ProjectsAsync(budget.Id, ct);
            if (projects.Count > 0 && budget.Announce(now))
            {
                broadcasts.Add(Broadcast.Create(BudgetBroadcasts.Opened, AudienceKind.AnnouncementSubscribers, null, cards.Opening(budget, projects.Count), null, now, subjectId: budget.Id));
                opened++;
            }
        }

        var closed = 0;
        foreach (var budget in await budgets.ListDueAsync(now, ct))
        {
            closed += await CloseAsync(budget, now, ct) ? 1 : 0;
        }

        return (opened, closed);
    }

    /// <summary>Closes one budget and starts its results to its voters and its ideas' followers; false when it was closed already.</summary>
    public async Task<bool> CloseAsync(Budget budget, DateTimeOffset now, CancellationToken ct)
    {
        if (!budget.Close(now))
        {
            return false;
        }

        // A choice never cast counts for nothing and names its chooser: it goes with the closing.
        await budgets.DiscardUncastAsync(budget.Id, ct);
        var (counts, ranked) = await BudgetResults.OfAsync(budgets, budget, ct);
        var content = new BroadcastContent(Languages.All.ToDictionary(
            l => l,
            l => new OutboundTemplate($"{BudgetCards.Results(budget, counts, ranked, l)}\n\n{BudgetTexts.For(l).ThanksForVoting}")));
        broadcasts.Add(Broadcast.Create(BudgetBroadcasts.Results, BudgetBroadcasts.VotersAndFollowers, null, content, null, now, subjectId: budget.Id));
        return true;
    }
}
