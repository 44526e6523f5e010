namespace GenYCity.Bot.Domain.Budgets;

/// <summary>
/// A press on a budget's ballot: a page ("bg:p:3:2"), Add, Remove or More of a project on a page ("bg:a:3:17:2"),
/// Vote or Withdraw ("bg:v:3:2"), or the results ("bg:r:3").
/// </summary>
public sealed record BudgetPress(string Action, long BudgetId, long ProjectId, int Page)
{
    public static BudgetPress ToPage(long budgetId, int page) => new(BudgetButtons.ShowPage, budgetId, 0, page);
}
