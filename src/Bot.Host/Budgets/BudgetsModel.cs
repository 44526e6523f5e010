using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Host.Dashboard;
using Microsoft.AspNetCore.Mvc;

namespace GenYCity.Bot.Host.Budgets;

/// <summary>The participatory budgets, the latest first, with their dates, stage and ballots; and a new one.</summary>
public sealed class BudgetsModel(IBudgetRepository budgets, DashboardChat dashboardChat, BotOptions bot, EventTime time, TimeProvider clock) : DashboardPage
{
    public IReadOnlyList<(Budget Budget, int Projects, int Ballots)> Budgets { get; private set; } = [];

    public BudgetForm Form { get; private set; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public BudgetPhrases B => BudgetPhrases.For(Language);

    public BudgetFormView FormView => new(Form, bot.Offered, B, P.CityTime(time.LocalTimeName(Language)), DescriptionsOnly: false);

    public async Task OnGetAsync(CancellationToken ct) => await ListAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        Form = BudgetForm.Of(Request.Form, bot.Offered);
        var problems = new List<string>();
        var fields = Form.Read(bot.Offered, null, time, clock.GetUtcNow(), B, problems);
        if (fields is null)
        {
            Problems = problems;
            await ListAsync(ct);
            return Page();
        }

        Budget? made = null;
        var outcome = await dashboardChat.RunAsync(Coordinator.Id, null, async (chat, services) =>
        {
            made = Budget.Create(fields, chat.Member.Id, chat.Now);
            await services.GetRequiredService<IBudgetRepository>().AddAsync(made, ct);
            chat.Reply(B.BudgetCreated);
        }, ct);
        return made is { Id: > 0 } budget && outcome.Kept ? After(outcome, BudgetModel.PathOf(budget.Id)) : After(outcome, "/dashboard/budgets");
    }

    private async Task ListAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        var list = new List<(Budget, int, int)>();
        foreach (var budget in await budgets.ListAsync(ct))
        {
            list.Add((budget, (await budgets.ProjectsAsync(budget.Id, ct)).Count, (await budgets.CountAsync(budget.Id, ct)).Ballots));
        }

        Budgets = list;
    }
}

/// <summary>What the budget form's partial needs: the values, the languages, the words, and whether only the descriptions may change.</summary>
public sealed record BudgetFormView(BudgetForm Form, IReadOnlyList<Domain.Members.Language> Languages, BudgetPhrases B, string CityTime, bool DescriptionsOnly);

/// <summary>What the project form's partial needs.</summary>
public sealed record ProjectFormView(ProjectForm Form, IReadOnlyList<Domain.Members.Language> Languages, BudgetPhrases B, IReadOnlyList<(string Key, string Name)> Districts, bool DescriptionsOnly, string? Photo);
