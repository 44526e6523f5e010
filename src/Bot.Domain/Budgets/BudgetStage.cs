namespace GenYCity.Bot.Domain.Budgets;

/// <summary>Where a budget stands at a moment: by its dates and whether its closing is recorded.</summary>
public enum BudgetStage
{
    /// <summary>Not open yet: a coordinator may change anything.</summary>
    Upcoming,

    /// <summary>Residents choose and vote.</summary>
    Voting,

    /// <summary>Its time is up and the closing job has not yet closed it: no ballots are taken.</summary>
    Counting,

    Closed,
}
