using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Budgets;
using Microsoft.Extensions.Time.Testing;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The budget form's reading: amounts as people type them, with a separator only between groups of three digits (so a
/// decimal point is refused, not read as thousands), and an opening time that must still be to come.
/// </summary>
public sealed class BudgetFormTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly BudgetPhrases P = BudgetPhrases.For(Language.En);

    [Theory]
    [InlineData("50000", 50_000L)]
    [InlineData("50 000", 50_000L)]
    [InlineData("50,000", 50_000L)]
    [InlineData("50.000", 50_000L)]
    [InlineData("€50000", 50_000L)]
    [InlineData("1 250 000", 1_250_000L)]
    [InlineData("50000.00", null)]
    [InlineData("5.0", null)]
    [InlineData("5,00,000", null)]
    [InlineData("-5", null)]
    [InlineData("0", null)]
    [InlineData("fifty", null)]
    [InlineData("٥٠", null)]
    public void Amounts_ReadWithGroupSeparatorsOnly(string typed, long? expected) =>
        Assert.Equal(expected, BudgetForm.Whole(typed, 1, Budget.MaxTotal));

    [Fact]
    public void AnOpeningInThePast_IsRefused_ButOneAlreadyStoredIsKept()
    {
        var time = new EventTime(new BotOptions(), new FakeTimeProvider(Now));
        var form = new BudgetForm { Total = "1000", OpensAt = "2026-11-30T10:00", ClosesAt = "2026-12-10T10:00", Rule = nameof(BudgetRuleKind.Knapsack) };
        form.Titles["lv"] = "Budžets";
        var problems = new List<string>();

        Assert.Null(form.Read([Language.Lv, Language.En], null, time, Now, P, problems));
        Assert.Equal([P.OpensInThePast], problems);

        // The same form for a budget already stored with that opening (it has opened): not refused for it.
        var stored = Budget.Create(new BudgetFields(new LocalizedText { Lv = "Budžets" }, new LocalizedText(), 1000, new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), Now.AddDays(9), BudgetRuleKind.Knapsack, null, null), null, Now.AddDays(-2));
        problems.Clear();
        Assert.NotNull(form.Read([Language.Lv, Language.En], stored, time, Now, P, problems));
        Assert.Empty(problems);
    }
}
