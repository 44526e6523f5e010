using System.Text;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Comments;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Results;

/// <summary>
/// Tells each idea's followers what happened to it, through the broadcast lane: one message per idea per
/// day at most, folding every entry that waited into it (and how many comments were written, which its author
/// hears of too), and only in the city's waking hours. An entry is
/// marked as told in the same unit of work that starts the broadcast, so a tick that comes twice, late or
/// on two instances tells each entry once.
/// </summary>
public sealed class FollowerNotices(IIdeaRepository ideas, IIdeaNewsRepository news, ICommentRepository comments, IBroadcastRepository broadcasts, EventTime time, ResultsOptions options)
{
    /// <summary>What a round did: notices started, and ideas whose news was told to no one (nobody follows, or it is not public).</summary>
    public sealed record Round(int Started, int Dropped)
    {
        public bool Changed => Started + Dropped > 0;
    }

    public async Task<Round> StartDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var local = time.Local(now);
        if (local.Hour < options.NoticesFromHour || local.Hour >= options.NoticesUntilHour)
        {
            return new Round(0, 0);
        }

        var (started, dropped) = (0, 0);
        var due = (await news.IdeasWithUnnoticedNewsAsync(ct)).Union(await comments.IdeasWithUnnoticedAsync(ct)).Order().ToList();
        foreach (var ideaId in due)
        {
            // Told once a day at most; an idea hidden by reports waits until a coordinator has looked.
            if (await ideas.FindAsync(ideaId, ct) is not { } idea
                || idea.IsHidden
                || (idea.LastNoticeAt is { } last && time.Local(last).Date == local.Date))
            {
                continue;
            }

            var waiting = await news.ListUnnoticedAsync(ideaId, ct);
            var written = await comments.ListUnnoticedAsync(ideaId, ct);
            foreach (var entry in waiting)
            {
                entry.Noticed(now);
            }

            foreach (var comment in written)
            {
                comment.Noticed(now);
            }

            // A rejected idea's news is dropped: it is not public any more. News nobody follows yet is told to no
            // one, and does not count as the idea's message of the day.
            var told = false;
            if (idea.IsPublic && await broadcasts.CountAudienceAsync(AudienceKind.IdeaFollowers, null, ct, idea.Id) > 0)
            {
                var content = new BroadcastContent(Languages.All.ToDictionary(l => l, l => Template(idea, waiting, written.Count, l)));
                broadcasts.Add(Broadcast.Create(BroadcastKind.IdeaNews, AudienceKind.IdeaFollowers, null, content, null, now, subjectId: idea.Id));
                told = true;
            }

            // The author hears of the others' comments (of the news they heard at once, as it happened).
            var others = written.Count(c => c.AuthorId != idea.AuthorId);
            if (idea.IsPublic && others > 0 && await broadcasts.CountAudienceAsync(CommentNotices.IdeaAuthor, null, ct, idea.Id) > 0)
            {
                var content = new BroadcastContent(Languages.All.ToDictionary(l => l, l => AuthorTemplate(idea, others, l)));
                broadcasts.Add(Broadcast.Create(BroadcastKind.IdeaNews, CommentNotices.IdeaAuthor, null, content, null, now, subjectId: idea.Id));
                told = true;
            }

            if (!told)
            {
                dropped++;
                continue;
            }

            idea.FollowersTold(now);
            started++;
        }

        return new Round(started, dropped);
    }

    /// <summary>To the author: how many comments others wrote on their idea, with the way to read them.</summary>
    private static OutboundTemplate AuthorTemplate(Idea idea, int comments, Language language)
    {
        var text = CommentTexts.For(language).AuthorNotice(idea.Id, Markup.Escape(idea.Title), comments);
        return new(text) { Buttons = [[ReadComments(idea, language)]], Template = NewsTemplate(idea, text) };
    }

    /// <summary>What fills the city's idea-news template outside WhatsApp's window: the notice, and the idea by its number and title.</summary>
    private static WindowTemplate NewsTemplate(Idea idea, string text) =>
        WindowTemplate.Of(WindowTemplate.IdeaNews, text, ("idea", $"#{idea.Id} {Markup.Escape(idea.Title)}"));

    private static Button ReadComments(Idea idea, Language language) =>
        CommentButtons.Buttons.Button(CommentTexts.For(language).Read, new CommentPress(CommentButtons.List, idea.Id));

    /// <summary>One timeline entry: its headline, and the coordinator's words under it.</summary>
    public static string Line(ResultsTexts t, IdeaNews entry) =>
        entry.Text is { } words ? $"{t.Headline(entry)}\n💬 {Markup.Escape(words)}" : t.Headline(entry);

    private static OutboundTemplate Template(Idea idea, IReadOnlyList<IdeaNews> entries, int comments, Language language)
    {
        var t = ResultsTexts.For(language);
        var text = new StringBuilder(t.NoticeHeader(idea.Id, Markup.Escape(idea.Title)));
        foreach (var entry in entries)
        {
            text.Append("\n\n").Append(Line(t, entry));
        }

        if (comments > 0)
        {
            text.Append("\n\n").Append(CommentTexts.For(language).Notice(comments));
        }

        text.Append("\n\n").Append(t.NoticeFooter);
        var photo = entries.LastOrDefault(e => e.PhotoRef is not null);
        List<IReadOnlyList<Button>> buttons = [[FollowButtons.Toggle(idea.Id, following: true, language, FollowButtons.Alone)]];
        if (comments > 0)
        {
            buttons.Insert(0, [ReadComments(idea, language)]);
        }

        return new OutboundTemplate(text.ToString())
        {
            Buttons = buttons,
            PhotoRef = photo?.PhotoRef,
            PhotoChannel = photo?.PhotoChannel,
            Template = NewsTemplate(idea, text.ToString()),
        };
    }
}
