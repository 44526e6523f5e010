using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Polls;

/// <summary>A press of an answer ("poll:vote:12:3"), Withdraw ("poll:undo:12") or Vote in the digest ("poll:show:12").</summary>
public sealed record PollPress(string Action, long PollId, int Option);

/// <summary>The one-vote rule, and who may vote, for buttons and native polls alike.</summary>
internal static class PollVoting
{
    /// <summary>
    /// Whom the poll was asked of. One for an event's people: those who answered Going or Maybe. One for
    /// everyone: those it went to, and those who consented and take announcements or the weekly digest (which
    /// offers open polls); not someone who voted in a copy forwarded to them.
    /// </summary>
    public static async Task<bool> MayVoteAsync(Poll poll, ChatContext chat, IPollRepository polls, IEventRepository events, CancellationToken ct) => poll switch
    {
        { EventId: { } eventId } when poll.Audience == Broadcasts.AudienceKind.EventAttendees =>
            (await events.RsvpsOfAsync(chat.Member.Id, [eventId], ct)).GetValueOrDefault(eventId) is { Answer: RsvpAnswer.Going or RsvpAnswer.Maybe },
        _ => (chat.Member.HasConsented && (chat.Member.Subscriptions & (Members.Subscriptions.Announcements | Members.Subscriptions.WeeklyDigest)) != 0)
            || await polls.WasSentToAsync(poll.Id, new Recipient(chat.Member.Channel, chat.Member.ChatId), ct),
    };

    /// <summary>Why someone's vote is not taken: the poll is for an event's people, or was not sent to them.</summary>
    public static string Refusal(Poll poll, PollTexts t) => poll.Audience == Broadcasts.AudienceKind.EventAttendees ? t.NotForYou : t.NotSentToYou;

    public static void Cast(IPollRepository polls, Poll poll, ChatContext chat, PollVote? existing, int option, string? platformPollId = null)
    {
        if (existing is null)
        {
            polls.AddVote(new PollVote(poll.Id, chat.Member.Id, option, chat.Now, platformPollId));
        }
        else if (existing.Option != option || existing.PlatformPollId != platformPollId)
        {
            existing.ChangeTo(option, chat.Now, platformPollId);
        }
    }
}
