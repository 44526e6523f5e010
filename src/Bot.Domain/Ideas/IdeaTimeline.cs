using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Results;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// Writes an idea's public timeline, from which its followers are told (folded, once a day, by
/// <see cref="FollowerNotices"/>) and /results is shown; and keeps who follows what: supporting an idea
/// follows it, and withdrawing the support unfollows it unless the person pressed Follow themselves.
/// </summary>
public sealed class IdeaTimeline(IIdeaNewsRepository news, IMemberRepository members)
{
    public IdeaNews Record(ChatContext chat, Idea idea, IdeaNewsKind kind, string? text, string? photoRef = null, CouncilDecision? decision = null)
    {
        // The support that reached the threshold is not its giver's news: only coordinators are named as writers.
        var entry = IdeaNews.Create(idea.Id, kind, text, chat.Now, chat.Member.IsCoordinator ? chat.Member.Id : null, photoRef, chat.Member.Channel, decision)
            .WrittenIn(chat.Member.Language);
        news.AddNews(entry);
        idea.HadNews(chat.Now);
        return entry;
    }

    /// <summary>The author hears at once, in their language (status changes have their own message, <see cref="IdeaNotices"/>).</summary>
    public async Task TellAuthorAsync(ChatContext chat, Idea idea, IdeaNews entry, CancellationToken ct)
    {
        if (idea.AuthorId is not { } authorId || await members.FindByIdAsync(authorId, ct) is not { IsReachable: true } author)
        {
            return;
        }

        var t = ResultsTexts.For(author.Language);
        var text = $"{t.AuthorHeader(idea.Id, Markup.Escape(idea.Title))}\n{FollowerNotices.Line(t, entry)}";
        chat.Send(new OutboundMessage(new Recipient(author.Channel, author.ChatId), text) { PhotoRef = entry.PhotoFor(author.Channel) });
    }

    /// <summary>Supporting follows the idea (once); true: the person follows it now.</summary>
    public async Task<bool> SupportedAsync(ChatContext chat, Idea idea, CancellationToken ct)
    {
        if (await news.FindFollowAsync(idea.Id, chat.Member.Id, ct) is null)
        {
            news.AddFollow(new IdeaFollow(idea.Id, chat.Member.Id, chat.Now, BySupport: true));
        }

        return true;
    }

    /// <summary>Withdrawing the support ends the follow that came with it; one the person chose stays. Whether they still follow it.</summary>
    public async Task<bool> SupportWithdrawnAsync(ChatContext chat, Idea idea, CancellationToken ct)
    {
        switch (await news.FindFollowAsync(idea.Id, chat.Member.Id, ct))
        {
            case { BySupport: true } follow:
                news.RemoveFollow(follow);
                return false;
            case { } chosen:
                return true;
            default:
                return false;
        }
    }
}
