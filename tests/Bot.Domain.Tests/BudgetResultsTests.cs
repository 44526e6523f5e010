using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>
/// The winners, against examples worked by hand: down the ranking by votes, a project is funded while it fits the
/// money left and passed over when it does not, for a cheaper one lower down; ties go to the lower cost, then to
/// the earlier project; a project nobody voted for is not funded, whatever is left.
/// </summary>
public sealed class BudgetResultsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AKnapsackBudget_FundsDownTheRanking_WhatStillFits()
    {
        // Budget: €100,000, knapsack.
        //
        //   #  project        cost     votes
        //   1  Playground     45,000   10
        //   2  Library roof   40,000    8
        //   3  Skate park     30,000    8
        //   4  Benches        15,000    4
        //   5  Bike racks     15,000    4
        //   6  Fountain       10,000    0
        //
        // Ranking: Playground (10); Skate park before Library roof (8 each, €30,000 is cheaper); Benches before
        // Bike racks (4 each, €15,000 each, #4 is earlier); Fountain (0).
        //
        //   Playground    45,000 ≤ 100,000  funded     left 55,000
        //   Skate park    30,000 ≤  55,000  funded     left 25,000
        //   Library roof  40,000 >  25,000  passed over
        //   Benches       15,000 ≤  25,000  funded     left 10,000   (lower down than Library roof, and funded)
        //   Bike racks    15,000 >  10,000  passed over
        //   Fountain      10,000 ≤  10,000  but no vote: not funded
        //
        // Funded: Playground, Skate park, Benches — €90,000 of €100,000.
        var budget = NewBudget(100_000, BudgetRuleKind.Knapsack);
        var projects = new[]
        {
            Project(1, "Playground", 45_000), Project(2, "Library roof", 40_000), Project(3, "Skate park", 30_000),
            Project(4, "Benches", 15_000), Project(5, "Bike racks", 15_000), Project(6, "Fountain", 10_000),
        };
        var votes = new Dictionary<long, int> { [1] = 10, [2] = 8, [3] = 8, [4] = 4, [5] = 4, [6] = 0 };

        // Given in another order than the ballot's: the ranking must not lean on the order it is handed.
        var ranked = BudgetResults.Rank(budget, [.. projects.Reverse()], votes);

        Assert.Equal(
            [("Playground", 10, true), ("Skate park", 8, true), ("Library roof", 8, false), ("Benches", 4, true), ("Bike racks", 4, false), ("Fountain", 0, false)],
            ranked.Select(r => (r.Project.Title(Language.En), r.Votes, r.Funded)));
        Assert.Equal(90_000, ranked.Where(r => r.Funded).Sum(r => r.Project.Cost));
    }

    [Fact]
    public void AnApprovalBudget_IsCountedTheSameWay_AProjectWithoutVotesLeftOut()
    {
        // Budget: €60,000, approval (up to 3 projects a ballot, whatever they cost).
        //
        //   #  project        cost     votes
        //   1  Street lights  25,000   12
        //   2  Dog park       20,000   12
        //   3  Concert stage  30,000    9
        //   4  Tree planting  10,000    5
        //   5  Chess tables   10,000    5
        //   6  Mural           5,000   (none)
        //
        // Ranking: Dog park before Street lights (12 each, €20,000 is cheaper); Concert stage (9); Tree planting
        // before Chess tables (5 each, €10,000 each, #4 is earlier); Mural (no vote at all).
        //
        //   Dog park        20,000 ≤ 60,000  funded     left 40,000
        //   Street lights   25,000 ≤ 40,000  funded     left 15,000
        //   Concert stage   30,000 > 15,000  passed over
        //   Tree planting   10,000 ≤ 15,000  funded     left  5,000
        //   Chess tables    10,000 >  5,000  passed over
        //   Mural            5,000 ≤  5,000  but no vote: not funded
        //
        // Funded: Dog park, Street lights, Tree planting — €55,000 of €60,000.
        var budget = NewBudget(60_000, BudgetRuleKind.Approval, maxProjects: 3);
        var projects = new[]
        {
            Project(5, "Chess tables", 10_000), Project(3, "Concert stage", 30_000), Project(1, "Street lights", 25_000),
            Project(6, "Mural", 5_000), Project(4, "Tree planting", 10_000), Project(2, "Dog park", 20_000),
        };
        var votes = new Dictionary<long, int> { [1] = 12, [2] = 12, [3] = 9, [4] = 5, [5] = 5 };

        var ranked = BudgetResults.Rank(budget, projects, votes);

        Assert.Equal(
            [("Dog park", 12, true), ("Street lights", 12, true), ("Concert stage", 9, false), ("Tree planting", 5, true), ("Chess tables", 5, false), ("Mural", 0, false)],
            ranked.Select(r => (r.Project.Title(Language.En), r.Votes, r.Funded)));
        Assert.Equal(55_000, ranked.Where(r => r.Funded).Sum(r => r.Project.Cost));
    }

    [Fact]
    public void NoVotesAtAll_FundNothing()
    {
        var ranked = BudgetResults.Rank(NewBudget(50_000, BudgetRuleKind.Knapsack), [Project(1, "Benches", 1_000), Project(2, "Lights", 2_000)], new Dictionary<long, int>());

        Assert.Equal([(1L, false), (2L, false)], ranked.Select(r => (r.Project.Id, r.Funded)));
    }

    [Fact]
    public void AProjectCostingTheWholeBudget_FitsExactly()
    {
        var ranked = BudgetResults.Rank(NewBudget(50_000, BudgetRuleKind.Knapsack), [Project(1, "Square", 50_000), Project(2, "Benches", 1)], new Dictionary<long, int> { [1] = 2, [2] = 1 });

        Assert.Equal([(1L, true), (2L, false)], ranked.Select(r => (r.Project.Id, r.Funded)));
    }

    private static Budget NewBudget(long total, BudgetRuleKind rule, int? maxProjects = null) => Budget.Create(
        new BudgetFields(new LocalizedText { En = "Budget 2027" }, new LocalizedText(), total, Now.AddDays(-14), Now.AddDays(-1), rule, null, maxProjects), 1, Now.AddDays(-20));

    /// <summary>A project as the store gives it back: with its number.</summary>
    private static BudgetProject Project(long id, string title, long cost)
    {
        var project = BudgetProject.Create(1, new ProjectFields(new LocalizedText { En = title }, new LocalizedText(), cost, null), null, Now.AddDays(-20));
        typeof(BudgetProject).GetProperty(nameof(BudgetProject.Id))!.SetValue(project, id);
        return project;
    }
}
