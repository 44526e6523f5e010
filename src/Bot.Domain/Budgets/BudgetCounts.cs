namespace GenYCity.Bot.Domain.Budgets;

/// <summary>
/// A budget's votes, counted from the cast ballots each time (no counter kept beside them): how many ballots,
/// and the votes of each project.
/// </summary>
public sealed record BudgetCounts(int Ballots, IReadOnlyDictionary<long, int> ByProject)
{
    public static BudgetCounts None { get; } = new(0, new Dictionary<long, int>());
}
