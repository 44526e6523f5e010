namespace GenYCity.Bot.Domain.Budgets;

/// <summary>One project's place in the results: its votes, and whether the money reached it.</summary>
public sealed record ProjectResult(BudgetProject Project, int Votes, bool Funded);

/// <summary>
/// The winners, as CONSUL computes them: down the ranking by votes, each project that still fits the money left is
/// funded, and one that does not is passed over for the next. Ties go to the lower cost, then to the earlier
/// project. A project nobody voted for is not funded.
/// </summary>
public static class BudgetResults
{
    /// <summary>A budget's votes as they stand, counted from its ballots, and its projects ranked by them.</summary>
    public static async Task<(BudgetCounts Counts, IReadOnlyList<ProjectResult> Ranked)> OfAsync(IBudgetRepository budgets, Budget budget, CancellationToken ct)
    {
        var counts = await budgets.CountAsync(budget.Id, ct);
        return (counts, Rank(budget, await budgets.ProjectsAsync(budget.Id, ct), counts.ByProject));
    }

    public static IReadOnlyList<ProjectResult> Rank(Budget budget, IReadOnlyList<BudgetProject> projects, IReadOnlyDictionary<long, int> votes)
    {
        var left = budget.Total;
        var ranked = new List<ProjectResult>();
        foreach (var project in projects.OrderByDescending(p => votes.GetValueOrDefault(p.Id)).ThenBy(p => p.Cost).ThenBy(p => p.Id))
        {
            var count = votes.GetValueOrDefault(project.Id);
            var funded = count > 0 && project.Cost <= left;
            if (funded)
            {
                left -= project.Cost;
            }

            ranked.Add(new ProjectResult(project, count, funded));
        }

        return ranked;
    }
}
