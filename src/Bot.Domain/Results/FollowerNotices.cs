using System.Text;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Results;

/// <summary>
/// Tells each idea's followers what happened to it, through the broadcast lane: one message per idea per
/// day at most, folding every entry that waited into it, and only in the city's waking hours. An entry is
/// marked as told in the same unit of work that starts the broadcast, so a tick that comes twice, late or
/// on two instances tells each entry once.
/// </summary>
public sealed class FollowerNotices(IIdeaRepository ideas, IIdeaNewsRepository news, IBroadcastRepository broadcasts, EventTime time, ResultsOptions options)
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
        foreach (var ideaId in await news.IdeasWithUnnoticedNewsAsync(ct))
        {
            // Told once a day at most; an idea hidden by reports waits until a coordinator has looked.
            if (await ideas.FindAsync(ideaId, ct) is not { } idea
                || idea.IsHidden
                || (idea.LastNoticeAt is { } last && time.Local(last).Date == local.Date))
            {
                continue;
            }

            var waiting = await news.ListUnnoticedAsync(ideaId, ct);
            foreach (var entry in waiting)
            {
                entry.Noticed(now);
            }

            // A rejected idea's news is dropped: it is not public any more. News nobody follows yet is told to no
            // one, and does not count as the idea's message of the day.
            if (!idea.IsPublic || await broadcasts.CountAudienceAsync(AudienceKind.IdeaFollowers, null, ct, idea.Id) == 0)
            {
                dropped++;
                continue;
            }

            var content = new BroadcastContent(Languages.All.ToDictionary(l => l, l => Template(idea, waiting, l)));
            broadcasts.Add(Broadcast.Create(BroadcastKind.IdeaNews, AudienceKind.IdeaFollowers, null, content, null, now, subjectId: idea.Id));
            idea.FollowersTold(now);
            started++;
        }

        return new Round(started, dropped);
    }

    /// <summary>One timeline entry: its headline, and the coordinator's words under it.</summary>
    public static string Line(ResultsTexts t, IdeaNews entry) =>
        entry.Text is { } words ? $"{t.Headline(entry)}\n💬 {Markup.Escape(words)}" : t.Headline(entry);

    private static OutboundTemplate Template(Idea idea, IReadOnlyList<IdeaNews> entries, Language language)
    {
        var t = ResultsTexts.For(language);
        var text = new StringBuilder(t.NoticeHeader(idea.Id, Markup.Escape(idea.Title)));
        foreach (var entry in entries)
        {
            text.Append("\n\n").Append(Line(t, entry));
        }

        text.Append("\n\n").Append(t.NoticeFooter);
        var photo = entries.LastOrDefault(e => e.PhotoRef is not null);
        return new OutboundTemplate(text.ToString())
        {
            Buttons = [[FollowButtons.Toggle(idea.Id, following: true, language, FollowButtons.Alone)]],
            PhotoRef = photo?.PhotoRef,
            PhotoChannel = photo?.PhotoChannel,
        };
    }
}
