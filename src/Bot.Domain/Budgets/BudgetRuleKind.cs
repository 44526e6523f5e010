namespace GenYCity.Bot.Domain.Budgets;

/// <summary>How a ballot is made, after CONSUL's two kinds of vote.</summary>
public enum BudgetRuleKind
{
    /// <summary>The chosen projects' costs add up to at most the budget (and at least a share of it, where set; and at most N projects, where set).</summary>
    Knapsack,

    /// <summary>Up to N projects, whatever they cost.</summary>
    Approval,
}
