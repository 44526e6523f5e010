namespace GenYCity.Bot.Domain.Budgets;

/// <summary>Why a choice cannot be cast yet, with the amount or number that says by how much.</summary>
public sealed record BallotProblem(BallotProblemKind Kind, long Amount);

public enum BallotProblemKind
{
    /// <summary>No project chosen.</summary>
    Empty,

    /// <summary>The projects cost more than the budget, by <see cref="BallotProblem.Amount"/> euros.</summary>
    OverBudget,

    /// <summary>They cost less than the budget's minimum, which is <see cref="BallotProblem.Amount"/> euros.</summary>
    UnderMinimum,

    /// <summary>More projects than the rule's most, which is <see cref="BallotProblem.Amount"/>.</summary>
    TooMany,
}

/// <summary>
/// The rule a ballot must meet to be cast, as Decidim and CONSUL have it: knapsack — the chosen projects cost at
/// most the budget, and at least its minimum share where one is set, and are at most N where N is set; approval —
/// at most N projects, whatever they cost. Either way at least one project.
/// </summary>
public static class BallotRule
{
    public static IReadOnlyList<BallotProblem> Problems(Budget budget, int projects, long cost)
    {
        if (projects == 0)
        {
            return [new BallotProblem(BallotProblemKind.Empty, 0)];
        }

        var problems = new List<BallotProblem>();
        if (budget.Rule == BudgetRuleKind.Knapsack && cost > budget.Total)
        {
            problems.Add(new BallotProblem(BallotProblemKind.OverBudget, cost - budget.Total));
        }

        if (budget.Rule == BudgetRuleKind.Knapsack && cost < budget.MinimumSpend)
        {
            problems.Add(new BallotProblem(BallotProblemKind.UnderMinimum, budget.MinimumSpend));
        }

        if (budget.MaxProjects is { } most && projects > most)
        {
            problems.Add(new BallotProblem(BallotProblemKind.TooMany, most));
        }

        return problems;
    }
}
