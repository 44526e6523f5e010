using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using Microsoft.AspNetCore.Mvc;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>The ideas waiting for a coordinator (new ones and those hidden by reports), oldest first, with the chat's decisions.</summary>
public sealed class ModerationModel(IIdeaRepository ideas, Domain.Comments.ICommentRepository comments, IMemberRepository members, DashboardChat dashboardChat, BotOptions bot, Translation.DashboardTranslations translations, Domain.Translation.ITranslationRepository translated) : DashboardPage
{
    public const string Path = "/dashboard/moderation";

    public IReadOnlyList<IdeaView> Waiting { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var waiting = new List<IdeaView>();
        foreach (var idea in await ideas.ListAwaitingCoordinatorAsync(ct))
        {
            waiting.Add(IdeaView.Of(idea, await IdeaCards.AuthorAsync(members, idea, ct), T, bot));
        }

        Waiting = waiting;
        foreach (var view in waiting.Where(v => translations.Offered(v.Idea, Language)))
        {
            Translatable.Add(view.Idea.Id);
            if (await Translation.DashboardTranslations.KeptAsync(translated, view.Idea, Language, ct) is { } both)
            {
                Translated[view.Idea.Id] = both;
            }
        }

        HiddenComments = await comments.ListAwaitingCoordinatorAsync(ct);
        CommentTranslations = (await translated.FindAsync(Translation.DashboardTranslations.Pieces(HiddenComments, Language), Language, ct))
            .ToDictionary(k => k.Key.SubjectId, k => k.Value);
    }

    /// <summary>Comments hidden by reports that no coordinator has looked at: each links to its idea's page, where it is shown again or kept hidden.</summary>
    public IReadOnlyList<Domain.Comments.Comment> HiddenComments { get; private set; } = [];

    /// <summary>The waiting ideas in another language than the coordinator's (when a service is set), and those with a kept translation.</summary>
    public HashSet<long> Translatable { get; } = [];

    /// <summary>The hidden comments' kept translations into the coordinator's language (Translate on the idea's page makes them).</summary>
    public IReadOnlyDictionary<long, string> CommentTranslations { get; private set; } = new Dictionary<long, string>();

    public Dictionary<long, (string Title, string Text)> Translated { get; } = [];

    public string TranslationService => translations.ServiceName;

    public Comments.CommentPhrases C => Host.Comments.CommentPhrases.For(Language);

    public async Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct) =>
        After(await dashboardChat.RunAsync(Coordinator.Id, null, (chat, services) =>
            services.GetRequiredService<ModerateIdea>().ChangeStatusAsync(chat, id, IdeaStatus.Approved, null, ct), ct), Path);

    public async Task<IActionResult> OnPostRejectAsync(long id, string? reason, CancellationToken ct) =>
        After(await Reject(dashboardChat, Coordinator.Id, id, reason, ct), Path);

    public async Task<IActionResult> OnPostRestoreAsync(long id, CancellationToken ct) =>
        After(await dashboardChat.RunAsync(Coordinator.Id, null, (chat, services) =>
            services.GetRequiredService<ModerateIdea>().RestoreAsync(chat, id, ct), ct), Path);

    /// <summary>A rejection with its reason, which the author is sent; without one, nothing changes and the page says why.</summary>
    public static Task<DashboardOutcome> Reject(DashboardChat dashboardChat, long coordinatorId, long ideaId, string? reason, CancellationToken ct) =>
        dashboardChat.RunAsync(coordinatorId, reason, async (chat, services) =>
        {
            if (TextInput.Read(chat, ModerationNoteFlow.MaxNoteLength, out var problem) is not { } text)
            {
                chat.Reply(problem);
                return;
            }

            await services.GetRequiredService<ModerateIdea>().ChangeStatusAsync(chat, ideaId, IdeaStatus.Rejected, text, ct);
        }, ct);
}
