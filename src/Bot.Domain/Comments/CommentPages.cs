using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Translation;
using static GenYCity.Bot.Domain.Comments.CommentButtons;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>Shows a page of an idea's thread as one message, with Write, Reply, Report, paging and (for coordinators) Hide or restore.</summary>
public sealed class CommentPages(ICommentRepository comments, IIdeaRepository ideas, IMemberRepository members, EventTime time, CommentsOptions options, TranslationOffer translation)
{
    /// <summary>A page of the thread, as one message, with its buttons; <paramref name="replace"/> redraws the message pressed (Original under a translation).</summary>
    public async Task ShowAsync(ChatContext chat, long ideaId, int pageNumber, CancellationToken ct, bool replace = false)
    {
        if (await ideas.FindAsync(ideaId, ct) is not { } idea || (!idea.IsPublic && !chat.Member.IsCoordinator))
        {
            MainMenu.Show(chat, chat.T.IdeaNotAvailable);
            return;
        }

        var page = await PageAsync(idea, pageNumber, chat.Member, ct);
        var text = CommentThread.Text(idea, page, chat.Member.Language, chat.Now, time, await NamesAsync(page.Entries.SelectMany(e => e.Replies.Prepend(e.Comment)), ct));
        var buttons = Buttons(chat.Member, idea, page);
        if (replace)
        {
            chat.ReplaceSource(text, buttons);
        }
        else
        {
            chat.Reply(text, buttons);
        }
    }

    /// <summary>A page of the thread as this person sees it (coordinators see the hidden comments too).</summary>
    public Task<CommentPage> PageAsync(Idea idea, int pageNumber, Member viewer, CancellationToken ct) =>
        comments.PageAsync(idea.Id, pageNumber, options.PageSize, withHidden: viewer.IsCoordinator, ct);

    /// <summary>A page's text with the comments' words as <paramref name="shownText"/> gives them (translated, say).</summary>
    public async Task<string> TextAsync(Idea idea, CommentPage page, Member viewer, DateTimeOffset now, Func<Comment, string> shownText, CancellationToken ct) =>
        CommentThread.Text(idea, page, viewer.Language, now, time, await NamesAsync(page.Entries.SelectMany(e => e.Replies.Prepend(e.Comment)), ct), shownText);

    private List<IReadOnlyList<Button>> Buttons(Member viewer, Idea idea, CommentPage page)
    {
        var t = CommentTexts.For(viewer.Language);
        Button On(string label, string action, int number) => CommentButtons.Buttons.Button(label, new CommentPress(action, idea.Id, number));
        var rows = new List<IReadOnlyList<Button>>();
        if (idea.IsPublic)
        {
            rows.Add([On(t.Write, Write, page.Number)]);
        }

        if (page.Entries.Any(e => e.Comment.IsVisible || e.Replies.Any(r => r.IsVisible)))
        {
            rows.Add([On(t.Reply, ReplyMenu, page.Number), On(t.Report, ReportMenu, page.Number)]);
        }

        if (page.Entries.SelectMany(e => e.Replies.Prepend(e.Comment)).Any(c => c.IsVisible && translation.For(c.Language, viewer.Language)))
        {
            rows.Add([TranslateButtons.Buttons.Button(TranslationTexts.For(viewer.Language).Translate, new TranslatePress(TranslateButtons.Thread, idea.Id, page.Number))]);
        }

        if (viewer.IsCoordinator && page.Entries.Count > 0)
        {
            rows.Add([On(t.HideOrRestore, HideMenu, page.Number)]);
        }

        var paging = new List<Button>();
        if (page.Number > 1)
        {
            paging.Add(On(t.Newer, List, page.Number - 1));
        }

        if (page.Number < page.Count)
        {
            paging.Add(On(t.Older, List, page.Number + 1));
        }

        if (paging.Count > 0)
        {
            rows.Add(paging);
        }

        return rows;
    }

    /// <summary>The first names of these comments' writers who have one.</summary>
    public async Task<IReadOnlyDictionary<long, string>> NamesAsync(IEnumerable<Comment> written, CancellationToken ct)
    {
        var names = new Dictionary<long, string>();
        foreach (var id in written.Select(c => c.AuthorId).OfType<long>().Distinct())
        {
            if (await members.FindByIdAsync(id, ct) is { } member && CommentThread.FirstName(member) is { } first)
            {
                names[id] = first;
            }
        }

        return names;
    }
}
