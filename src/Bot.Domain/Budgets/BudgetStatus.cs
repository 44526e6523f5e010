namespace GenYCity.Bot.Domain.Budgets;

/// <summary>What is stored: a budget is planned (opening and voting by the clock) until its closing is recorded.</summary>
public enum BudgetStatus
{
    Planned,
    Closed,
}
