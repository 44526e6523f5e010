namespace GenYCity.Bot.Domain.Budgets;

/// <summary>What a coordinator sets on a budget, read and checked (<see cref="BudgetEditing"/>).</summary>
public sealed record BudgetFields(
    LocalizedText Titles,
    LocalizedText Descriptions,
    long Total,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    BudgetRuleKind Rule,
    int? MinPercent,
    int? MaxProjects);
