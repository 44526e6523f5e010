using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>One idea: its text, its history and the council's answer, and the status changes a coordinator can make, with a comment.</summary>
public sealed class IdeaModel(BotDbContext db, IMemberRepository members, DashboardChat dashboardChat, BotOptions bot, Translation.DashboardTranslations translations, Domain.Translation.ITranslationRepository translated, Domain.Comments.CommentPages commentPages) : DashboardPage
{
    public IdeaView? View { get; private set; }

    public IReadOnlyList<IdeaStatusChange> History { get; private set; } = [];

    public IReadOnlyList<IdeaStatus> Moves { get; private set; } = [];

    /// <summary>The idea's comments, oldest first, hidden and deleted ones included, and their writers' first names.</summary>
    public IReadOnlyList<Domain.Comments.Comment> Comments { get; private set; } = [];

    public IReadOnlyDictionary<long, string> CommentNames { get; private set; } = new Dictionary<long, string>();

    public Comments.CommentPhrases C => Host.Comments.CommentPhrases.For(Language);

    /// <summary>Whether the idea is in another language than the coordinator's and a translation service is set.</summary>
    public bool Translatable { get; private set; }

    /// <summary>The idea's title and text in the coordinator's language, when a translation is kept.</summary>
    public (string Title, string Text)? Translated { get; private set; }

    public string TranslationService => translations.ServiceName;

    /// <summary>The comments' kept translations into the coordinator's language, by comment; and whether any could be translated.</summary>
    public IReadOnlyDictionary<long, string> CommentTranslations { get; private set; } = new Dictionary<long, string>();

    public bool CommentsTranslatable { get; private set; }

    /// <summary>Where the dashboard serves an idea's photo, to coordinators only (as every page and handler here).</summary>
    public static string PhotoPath(long id) => $"/dashboard/ideas/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}?handler=Photo";

    /// <summary>The idea's photo, when it is a file on this machine (the console chat's); 404 for any other.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(long id, CancellationToken ct)
    {
        var idea = await db.Ideas.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        return idea is not null && IdeaPhoto.Of(idea) is { } photo && await photo.ReadFileAsync(ct) is var (content, type)
            ? File(content, type)
            : NotFound();
    }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await db.Ideas.AsNoTracking().Include(i => i.History).SingleOrDefaultAsync(i => i.Id == id, ct) is not { } idea)
        {
            return NotThere(Domain.Messaging.Markup.ToPlainText(T.IdeaNotAvailable), "/dashboard/ideas");
        }

        View = IdeaView.Of(idea, await IdeaCards.AuthorAsync(members, idea, ct), T, bot);
        History = [.. idea.History.OrderBy(h => h.ChangedAt)];
        Moves = [.. Enum.GetValues<IdeaStatus>().Where(idea.CanMoveTo)];
        Translatable = translations.Offered(idea, Language);
        Translated = Translatable ? await Translation.DashboardTranslations.KeptAsync(translated, idea, Language, ct) : null;
        Comments = await db.Set<Domain.Comments.Comment>().AsNoTracking().Where(c => c.IdeaId == id).OrderBy(c => c.Id).ToListAsync(ct);
        var pieces = Translation.DashboardTranslations.Pieces(Comments, Language);
        CommentsTranslatable = translations.IsOn && pieces.Count > 0;
        CommentTranslations = (await translated.FindAsync(pieces, Language, ct)).ToDictionary(k => k.Key.SubjectId, k => k.Value);
        CommentNames = await commentPages.NamesAsync(Comments, ct);
        return Page();
    }

    /// <summary>Translates the idea into the coordinator's language, beside the original (also from the moderation page).</summary>
    public async Task<IActionResult> OnPostTranslateAsync(long id, string? back, CancellationToken ct)
    {
        var here = back == "moderation" ? "/dashboard/moderation" : $"/dashboard/ideas/{id}";
        if (await db.Ideas.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is not { } idea)
        {
            return NotThere(Domain.Messaging.Markup.ToPlainText(T.IdeaNotAvailable), "/dashboard/ideas");
        }

        var done = translations.Offered(idea, Language) && await translations.TranslateAsync(idea, Language, ct);
        return After(new DashboardOutcome(done, done ? [] : [Domain.Messaging.Markup.ToPlainText(Domain.Translation.TranslationTexts.For(Language).Failed)]), here);
    }

    /// <summary>Translates the idea's comments written in another language than the coordinator's, to read beside them.</summary>
    public async Task<IActionResult> OnPostTranslateCommentsAsync(long id, CancellationToken ct)
    {
        var comments = await db.Set<Domain.Comments.Comment>().AsNoTracking().Where(c => c.IdeaId == id).ToListAsync(ct);
        var done = await translations.TranslateAsync(Translation.DashboardTranslations.Pieces(comments, Language), Language, ct);
        return After(new DashboardOutcome(done, done ? [] : [Domain.Messaging.Markup.ToPlainText(Domain.Translation.TranslationTexts.For(Language).Failed)]), $"/dashboard/ideas/{id}#comments");
    }

    /// <summary>Hides a comment, or shows it again, as Hide or restore does in the chat.</summary>
    public async Task<IActionResult> OnPostCommentAsync(long id, long commentId, bool hide, CancellationToken ct)
    {
        var c = C;
        return After(await dashboardChat.RunAsync(Coordinator.Id, null, async (chat, services) =>
        {
            var moderation = services.GetRequiredService<Domain.Comments.CommentModeration>();
            var outcome = hide ? await moderation.HideAsync(commentId, ct) : await moderation.RestoreAsync(commentId, ct);
            chat.Reply(outcome == Domain.Comments.CommentModeration.Outcome.Done ? (hide ? c.HiddenDone(commentId) : c.RestoredDone(commentId)) : c.NoChange(commentId));
        }, ct), $"/dashboard/ideas/{id}#comments");
    }

    /// <summary>A status change: a rejection needs its reason (the author is sent it); other changes take an optional comment.</summary>
    public async Task<IActionResult> OnPostAsync(long id, IdeaStatus? target, string? comment, CancellationToken ct)
    {
        var here = $"/dashboard/ideas/{id}";
        if (target is not { } status || !Enum.IsDefined(status))
        {
            return NotThere(P.ChooseStatus, here);
        }

        if (status == IdeaStatus.Rejected)
        {
            return After(await ModerationModel.Reject(dashboardChat, Coordinator.Id, id, comment, ct), here);
        }

        return After(await dashboardChat.RunAsync(Coordinator.Id, comment, async (chat, services) =>
        {
            string? note = null;
            if (!string.IsNullOrWhiteSpace(comment))
            {
                if (TextInput.Read(chat, ModerationNoteFlow.MaxNoteLength, out var problem) is not { } text)
                {
                    chat.Reply(problem);
                    return;
                }

                note = text;
            }

            await services.GetRequiredService<ModerateIdea>().ChangeStatusAsync(chat, id, status, note, ct);
        }, ct), here);
    }
}
