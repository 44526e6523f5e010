using System.Globalization;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Dashboard;
using GenYCity.Bot.Host.Dashboard;
using Microsoft.AspNetCore.Mvc;

namespace GenYCity.Bot.Host.Budgets;

/// <summary>One project of a budget, to change: everything before the vote opens, the descriptions while it runs.</summary>
[RequestSizeLimit(2 * DashboardUpload.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * DashboardUpload.MaxBytes)]
public sealed class BudgetProjectModel(IBudgetRepository budgets, DashboardChat dashboardChat, UploadedPhotos photos, DashboardOptions dashboard, BotOptions bot, TimeProvider clock)
    : DashboardPage
{
    public Budget? Budget { get; private set; }

    public BudgetProject? Project { get; private set; }

    public int Number { get; private set; }

    public BudgetStage Stage { get; private set; }

    public ProjectForm Form { get; private set; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public BudgetPhrases B => BudgetPhrases.For(Language);

    public ProjectFormView FormView => new(Form, bot.Offered, B, BudgetModel.Districts(bot, Language), DescriptionsOnly: Stage != BudgetStage.Upcoming, Photo: Project?.PhotoRef);

    public static string PathOf(long budgetId, long projectId) =>
        $"{BudgetModel.PathOf(budgetId)}/projects/{projectId.ToString(CultureInfo.InvariantCulture)}";

    public async Task<IActionResult> OnGetAsync(long id, long project, CancellationToken ct) =>
        await LoadAsync(id, project, ct) ? Page() : NotThere(B.ProjectNotFound, BudgetModel.PathOf(id));

    public async Task<IActionResult> OnPostSaveAsync(long id, long project, IFormFile? photo, bool removePhoto, CancellationToken ct)
    {
        if (!await LoadAsync(id, project, ct))
        {
            return NotThere(B.ProjectNotFound, BudgetModel.PathOf(id));
        }

        if (Stage is BudgetStage.Counting or BudgetStage.Closed)
        {
            return NotThere(B.NotChanged, BudgetModel.PathOf(id));
        }

        Form = ProjectForm.Of(Request.Form, bot.Offered);
        var problems = new List<string>();
        var descriptionsOnly = Stage != BudgetStage.Upcoming;
        var fields = descriptionsOnly ? null : Form.Read(bot.Offered, Budget!, bot, B, problems);
        var descriptions = descriptionsOnly ? BudgetForm.Texts(Form.Descriptions, bot.Offered, BudgetProject.MaxDescriptionLength, B.ProjectDescription, required: false, B, problems) : null;
        var kept = descriptionsOnly ? null : await photos.KeepAsync(photo, dashboard.PublicUrl, P, problems, ct);

        if (problems.Count > 0)
        {
            Problems = problems;
            return Page();
        }

        return After(await dashboardChat.RunAsync(Coordinator.Id, null, async (chat, services) =>
        {
            var repository = services.GetRequiredService<IBudgetRepository>();
            var budget = await repository.FindAsync(id, ct);
            var found = await repository.FindProjectAsync(project, ct);
            var stage = budget?.StageAt(chat.Now);
            if (found is null || found.BudgetId != id || stage is not (BudgetStage.Upcoming or BudgetStage.Voting) || (fields is not null && stage != BudgetStage.Upcoming))
            {
                chat.Reply(B.NotChanged);
                return;
            }

            if (fields is not null)
            {
                found.Edit(fields with { Photo = kept, RemovePhoto = removePhoto && kept is null });
            }
            else if (budget!.StageAt(chat.Now) is BudgetStage.Upcoming or BudgetStage.Voting)
            {
                found.EditDescriptions(descriptions!);
            }

            chat.Reply(B.ProjectSaved(found.Title(Language)));
        }, ct), BudgetModel.PathOf(id) + "#projects");
    }

    private async Task<bool> LoadAsync(long id, long project, CancellationToken ct)
    {
        if (await budgets.FindAsync(id, ct) is not { } budget || await budgets.FindProjectAsync(project, ct) is not { } found || found.BudgetId != id)
        {
            return false;
        }

        Budget = budget;
        Project = found;
        Stage = budget.StageAt(clock.GetUtcNow());
        Number = BudgetCards.Number(await budgets.ProjectsAsync(id, ct), found);
        Form = ProjectForm.Of(found);
        return true;
    }
}
