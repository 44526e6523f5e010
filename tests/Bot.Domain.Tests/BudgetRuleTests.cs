using GenYCity.Bot.Domain.Budgets;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>
/// The rule a ballot must meet to be cast: knapsack — within the budget, at least its minimum share (rounded up to
/// whole euros) and at most N projects where those are set; approval — at most N projects, whatever they cost;
/// either way at least one. Every reason is given, each with its amount.
/// </summary>
public sealed class BudgetRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AKnapsackBallot_WithinTheBudget_HasNoProblem_UpToTheLastEuro()
    {
        var budget = Knapsack(50_000);

        Assert.Empty(BallotRule.Problems(budget, 1, 12_000));
        Assert.Empty(BallotRule.Problems(budget, 3, 50_000));
    }

    [Fact]
    public void AKnapsackBallot_OverTheBudget_SaysByHowMuch()
    {
        var problem = Assert.Single(BallotRule.Problems(Knapsack(50_000), 2, 53_000));

        Assert.Equal(new BallotProblem(BallotProblemKind.OverBudget, 3_000), problem);
        Assert.Equal(new BallotProblem(BallotProblemKind.OverBudget, 1), Assert.Single(BallotRule.Problems(Knapsack(50_000), 2, 50_001)));
    }

    [Fact]
    public void AKnapsackBallot_UnderTheMinimumShare_NamesTheMinimum_RoundedUpToWholeEuros()
    {
        // 33 % of €10,001 is €3,300.33: a ballot must spend €3,301, not €3,300.
        var budget = Knapsack(10_001, minPercent: 33);

        Assert.Equal(3_301, budget.MinimumSpend);
        Assert.Equal(new BallotProblem(BallotProblemKind.UnderMinimum, 3_301), Assert.Single(BallotRule.Problems(budget, 1, 3_300)));
        Assert.Empty(BallotRule.Problems(budget, 1, 3_301));
    }

    [Fact]
    public void AKnapsackBallot_WithoutAMinimum_MaySpendLittle()
    {
        var budget = Knapsack(50_000);

        Assert.Equal(0, budget.MinimumSpend);
        Assert.Empty(BallotRule.Problems(budget, 1, 1));
    }

    [Fact]
    public void AKnapsackBallot_WithMoreProjectsThanTheMost_SaysTheMost()
    {
        var budget = Knapsack(50_000, maxProjects: 3);

        Assert.Empty(BallotRule.Problems(budget, 3, 30_000));
        Assert.Equal(new BallotProblem(BallotProblemKind.TooMany, 3), Assert.Single(BallotRule.Problems(budget, 4, 40_000)));
    }

    [Fact]
    public void AKnapsackBallot_ThatBreaksTwoRules_GetsBothReasons()
    {
        var budget = Knapsack(50_000, maxProjects: 2);

        Assert.Equal(
            [new BallotProblem(BallotProblemKind.OverBudget, 10_000), new BallotProblem(BallotProblemKind.TooMany, 2)],
            BallotRule.Problems(budget, 3, 60_000));
    }

    [Fact]
    public void AnEmptyBallot_IsOnlyEmpty_UnderEitherRule()
    {
        // Under a minimum too: "add a project" says it all, not "under the minimum" besides.
        Assert.Equal([new BallotProblem(BallotProblemKind.Empty, 0)], BallotRule.Problems(Knapsack(50_000, minPercent: 50), 0, 0));
        Assert.Equal([new BallotProblem(BallotProblemKind.Empty, 0)], BallotRule.Problems(Approval(50_000, 3), 0, 0));
    }

    [Fact]
    public void AnApprovalBallot_TakesUpToN_WhateverTheyCost()
    {
        var budget = Approval(50_000, 3);

        Assert.Empty(BallotRule.Problems(budget, 1, 5_000));
        // Three projects costing twice the budget between them: the cost is no matter under approval.
        Assert.Empty(BallotRule.Problems(budget, 3, 100_000));
        Assert.Equal(new BallotProblem(BallotProblemKind.TooMany, 3), Assert.Single(BallotRule.Problems(budget, 4, 1_000)));
    }

    [Fact]
    public void AnApprovalBudget_KeepsNoMinimum_EvenWhenOneWasGiven()
    {
        var budget = Budget.Create(Fields(50_000, BudgetRuleKind.Approval, minPercent: 80, maxProjects: 2), 1, Now);

        Assert.Null(budget.MinPercent);
        Assert.Empty(BallotRule.Problems(budget, 1, 100));
    }

    private static Budget Knapsack(long total, int? minPercent = null, int? maxProjects = null) =>
        Budget.Create(Fields(total, BudgetRuleKind.Knapsack, minPercent, maxProjects), 1, Now);

    private static Budget Approval(long total, int most) => Budget.Create(Fields(total, BudgetRuleKind.Approval, null, most), 1, Now);

    private static BudgetFields Fields(long total, BudgetRuleKind rule, int? minPercent, int? maxProjects) =>
        new(new LocalizedText { En = "Budget 2027" }, new LocalizedText(), total, Now.AddDays(1), Now.AddDays(15), rule, minPercent, maxProjects);
}
