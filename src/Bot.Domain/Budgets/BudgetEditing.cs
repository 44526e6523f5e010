using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Domain.Budgets;

/// <summary>What became of putting an idea on a budget's ballot.</summary>
public enum IdeaToProject
{
    Added,
    NoBudget,
    BudgetOpened,
    NoIdea,
    NotPublic,
    AlreadyOn,

    /// <summary>The ballot has <see cref="Budget.MostProjects"/> projects already.</summary>
    Full,
}

/// <summary>
/// A coordinator's changes that others hear of: a resident's approved idea becomes a project on a budget in one
/// step (its title, text, photo and district carried over), its timeline records that it is on the ballot, its
/// author is told at once and its followers with the day's news.
/// </summary>
public sealed class BudgetEditing(IBudgetRepository budgets, IIdeaRepository ideas, IdeaTimeline timeline)
{
    public async Task<(IdeaToProject Outcome, BudgetProject? Project)> AddIdeaAsync(ChatContext chat, long budgetId, long ideaId, long cost, CancellationToken ct)
    {
        if (await budgets.FindAsync(budgetId, ct) is not { } budget)
        {
            return (IdeaToProject.NoBudget, null);
        }

        if (budget.StageAt(chat.Now) != BudgetStage.Upcoming)
        {
            return (IdeaToProject.BudgetOpened, null);
        }

        if (await ideas.FindAsync(ideaId, ct) is not { } idea)
        {
            return (IdeaToProject.NoIdea, null);
        }

        if (!idea.IsPublic)
        {
            return (IdeaToProject.NotPublic, null);
        }

        if (await budgets.HasIdeaAsync(budgetId, ideaId, ct))
        {
            return (IdeaToProject.AlreadyOn, null);
        }

        if ((await budgets.ProjectsAsync(budgetId, ct)).Count >= Budget.MostProjects)
        {
            return (IdeaToProject.Full, null);
        }

        var language = idea.AuthorLanguage.Code;
        var title = new LocalizedText { [language] = idea.Title.Length <= BudgetProject.MaxTitleLength ? idea.Title : Messaging.ButtonLabel.Fit(idea.Title, BudgetProject.MaxTitleLength) };
        var description = new LocalizedText { [language] = idea.Description.Length <= BudgetProject.MaxDescriptionLength ? idea.Description : Messaging.ButtonLabel.Fit(idea.Description, BudgetProject.MaxDescriptionLength) };
        var photo = idea.PhotoRef is { } photoRef ? new Broadcasts.Photo(photoRef, photoRef.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? null : idea.AuthorChannel) : null;
        var project = BudgetProject.Create(budgetId, new ProjectFields(title, description, cost, idea.DistrictKey, photo), idea.Id, chat.Now);
        await budgets.AddProjectAsync(project, ct);
        var entry = timeline.Record(chat, idea, IdeaNewsKind.OnBallot, null);
        await timeline.TellAuthorAsync(chat, idea, entry, ct);
        return (IdeaToProject.Added, project);
    }
}
