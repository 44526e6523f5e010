using System.Globalization;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Dashboard;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Budgets;

/// <summary>
/// One budget: its fields (all of them before it opens, the descriptions while it runs), its projects (added,
/// changed and removed before it opens; an approved idea put on the ballot in one step), the votes as they come
/// (counts only), and once closed its results, drawn and as a table, with the counts as CSV.
/// </summary>
[RequestSizeLimit(2 * DashboardUpload.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * DashboardUpload.MaxBytes)]
public sealed class BudgetModel(
    IBudgetRepository budgets, BotDbContext db, DashboardChat dashboardChat, UploadedPhotos photos, DashboardOptions dashboard, BotOptions bot, EventTime time, TimeProvider clock)
    : DashboardPage
{
    public Budget? Budget { get; private set; }

    public IReadOnlyList<BudgetProject> Projects { get; private set; } = [];

    public BudgetCounts Counts { get; private set; } = BudgetCounts.None;

    public IReadOnlyList<ProjectResult> Ranked { get; private set; } = [];

    public BudgetStage Stage { get; private set; }

    /// <summary>Public ideas not on the ballot yet, to put on it (before it opens).</summary>
    public IReadOnlyList<(long Id, string Title)> Ideas { get; private set; } = [];

    public BudgetForm Form { get; private set; } = new();

    public ProjectForm NewProject { get; private set; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public BudgetPhrases B => BudgetPhrases.For(Language);

    public BudgetTexts Chat => BudgetTexts.For(Language);

    public BudgetFormView FormView => new(Form, bot.Offered, B, P.CityTime(time.LocalTimeName(Language)), DescriptionsOnly: Stage != BudgetStage.Upcoming);

    public ProjectFormView NewProjectView => new(NewProject, bot.Offered, B, Districts(bot, Language), DescriptionsOnly: false, Photo: null);

    public static string PathOf(long id) => $"/dashboard/budgets/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The results as a chart: each project's votes, funded ones and the others in two colours.</summary>
    public Chart ResultsChart => new(
        B.VotesChart(Budget!.Title(Language)),
        [.. Ranked.Select(r => r.Project.Title(Language))],
        [new ChartSeries(B.Funded, [.. Ranked.Select(r => r.Funded ? r.Votes : 0)]), new ChartSeries(B.NotFunded, [.. Ranked.Select(r => r.Funded ? 0 : r.Votes)])]);

    public static IReadOnlyList<(string Key, string Name)> Districts(BotOptions bot, Domain.Members.Language language) =>
        [.. bot.Districts.Select(d => (d.Key, d.Name(language)))];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotThere(B.BudgetNotFound, "/dashboard/budgets");

    /// <summary>Saves the budget's fields; once it is open, only its descriptions.</summary>
    public async Task<IActionResult> OnPostSaveAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotThere(B.BudgetNotFound, "/dashboard/budgets");
        }

        var problems = new List<string>();
        Form = BudgetForm.Of(Request.Form, bot.Offered);
        var descriptionsOnly = Stage != BudgetStage.Upcoming;
        var fields = descriptionsOnly ? null : Form.Read(bot.Offered, Budget, time, clock.GetUtcNow(), B, problems);
        var descriptions = descriptionsOnly ? Form.ReadDescriptions(bot.Offered, B, problems) : null;
        if (problems.Count > 0)
        {
            Problems = problems;
            return Page();
        }

        return After(await dashboardChat.RunAsync(Coordinator.Id, null, async (chat, services) =>
        {
            var repository = services.GetRequiredService<IBudgetRepository>();
            if (await repository.FindAsync(id, ct) is not { } budget)
            {
                chat.Reply(B.NotChanged);
                return;
            }

            // A total below a project's cost would leave that project unable to win.
            var dearest = (await repository.ProjectsAsync(id, ct)).Select(p => p.Cost).DefaultIfEmpty(0).Max();
            if (fields is not null && fields.Total < dearest)
            {
                chat.Reply(B.TotalBelowProject(BudgetTexts.For(Language).Money(dearest)));
                return;
            }

            // A form shown before the opening and sent after it keeps its descriptions only, and says so.
            var saved = fields is not null && budget.Edit(fields, chat.Now);
            if (!saved && budget.EditDescriptions(fields?.Descriptions ?? descriptions!, chat.Now))
            {
                chat.Reply(fields is null ? B.BudgetSaved : B.OnlyDescriptionsSaved);
                return;
            }

            chat.Reply(saved ? B.BudgetSaved : B.NotChanged);
        }, ct), PathOf(id));
    }

    /// <summary>Adds a project, with its photo, before the vote opens.</summary>
    public async Task<IActionResult> OnPostAddProjectAsync(long id, IFormFile? photo, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotThere(B.BudgetNotFound, "/dashboard/budgets");
        }

        NewProject = ProjectForm.Of(Request.Form, bot.Offered);
        var problems = new List<string>();
        var fields = NewProject.Read(bot.Offered, Budget!, bot, B, problems);
        var kept = await photos.KeepAsync(photo, dashboard.PublicUrl, P, problems, ct);

        if (problems.Count > 0)
        {
            Problems = problems;
            return Page();
        }

        return After(await dashboardChat.RunAsync(Coordinator.Id, null, async (chat, services) =>
        {
            var repository = services.GetRequiredService<IBudgetRepository>();
            if (await repository.FindAsync(id, ct) is not { } budget || budget.StageAt(chat.Now) != BudgetStage.Upcoming)
            {
                chat.Reply(B.NotChanged);
                return;
            }

            if ((await repository.ProjectsAsync(id, ct)).Count >= Budget.MostProjects)
            {
                chat.Reply(B.BallotFull(Budget.MostProjects));
                return;
            }

            var project = BudgetProject.Create(id, fields! with { Photo = kept }, null, chat.Now);
            await repository.AddProjectAsync(project, ct);
            chat.Reply(B.ProjectAdded(project.Title(Language)));
        }, ct), PathOf(id) + "#projects");
    }

    /// <summary>Puts a resident's approved idea on the ballot; its author and followers hear of it.</summary>
    public async Task<IActionResult> OnPostAddIdeaAsync(long id, string? idea, string? cost, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotThere(B.BudgetNotFound, "/dashboard/budgets");
        }

        var problems = new List<string>();
        var ideaId = ButtonParts.TryId(idea ?? string.Empty, out var parsed) ? parsed : (long?)null;
        if (ideaId is null)
        {
            problems.Add(B.ChooseIdea);
        }

        var readCost = ProjectForm.ReadCost(cost ?? string.Empty, Budget!, B, problems);
        if (problems.Count > 0)
        {
            Problems = problems;
            return Page();
        }

        return After(await dashboardChat.RunAsync(Coordinator.Id, null, async (chat, services) =>
        {
            var (outcome, _) = await services.GetRequiredService<BudgetEditing>().AddIdeaAsync(chat, id, ideaId!.Value, readCost!.Value, ct);
            chat.Reply(outcome switch
            {
                IdeaToProject.Added => B.IdeaAdded(ideaId.Value),
                IdeaToProject.NotPublic or IdeaToProject.NoIdea => B.IdeaNotPublic(ideaId.Value),
                IdeaToProject.AlreadyOn => B.IdeaAlreadyOn(ideaId.Value),
                IdeaToProject.Full => B.BallotFull(Budget.MostProjects),
                _ => B.NotChanged,
            });
        }, ct), PathOf(id) + "#projects");
    }

    /// <summary>Takes a project off the ballot, before the vote opens.</summary>
    public async Task<IActionResult> OnPostRemoveProjectAsync(long id, long project, CancellationToken ct) =>
        After(await dashboardChat.RunAsync(Coordinator.Id, null, async (chat, services) =>
        {
            var repository = services.GetRequiredService<IBudgetRepository>();
            if (await repository.FindAsync(id, ct) is not { } budget || budget.StageAt(chat.Now) != BudgetStage.Upcoming
                || await repository.FindProjectAsync(project, ct) is not { } found || found.BudgetId != id)
            {
                chat.Reply(B.NotChanged);
                return;
            }

            repository.RemoveProject(found);
            chat.Reply(B.ProjectRemoved(found.Title(Language)));
        }, ct), PathOf(id) + "#projects");

    /// <summary>The counts by project as CSV: number, project, cost, votes, funded (once closed); no one named.</summary>
    public async Task<IActionResult> OnGetCsvAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotThere(B.BudgetNotFound, "/dashboard/budgets");
        }

        var closed = Stage == BudgetStage.Closed;
        var rows = Ranked.Select(r => (IReadOnlyList<object?>)
            [BudgetCards.Number(Projects, r.Project), r.Project.Title(Language), r.Project.Cost, r.Votes, closed ? (r.Funded ? B.Yes : B.No) : null]).ToList();
        var table = new Table(
            "budget",
            [new Column(B.CsvNumber, CellKind.Number, 6), new Column(B.CsvProject, CellKind.Text, 40), new Column(B.CsvCost, CellKind.Number, 12), new Column(B.CsvVotes, CellKind.Number, 8), new Column(B.Funded, CellKind.Text, 10)],
            rows);
        return File(Csv.Write(table), "text/csv; charset=utf-8", $"budget-{id.ToString(CultureInfo.InvariantCulture)}.csv");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await budgets.FindAsync(id, ct) is not { } budget)
        {
            return false;
        }

        Budget = budget;
        Stage = budget.StageAt(clock.GetUtcNow());
        Form = BudgetForm.Of(budget, time);
        Projects = await budgets.ProjectsAsync(id, ct);
        Counts = await budgets.CountAsync(id, ct);
        Ranked = BudgetResults.Rank(budget, Projects, Counts.ByProject);
        if (Stage == BudgetStage.Upcoming)
        {
            var onBallot = Projects.Select(p => p.IdeaId).OfType<long>().ToList();
            Ideas = [.. (await db.Ideas.AsNoTracking()
                .Where(i => !i.IsHidden && (i.Status == IdeaStatus.Approved || i.Status == IdeaStatus.InProgress) && !onBallot.Contains(i.Id))
                .OrderByDescending(i => i.SupportCount).ThenBy(i => i.Id)
                .Select(i => new { i.Id, i.Title })
                .Take(200)
                .ToListAsync(ct)).Select(i => (i.Id, i.Title))];
        }

        return true;
    }
}
