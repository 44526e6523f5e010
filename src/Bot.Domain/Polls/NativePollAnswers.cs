using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Polls;

/// <summary>
/// Answers in Telegram's own polls (poll_answer): a vote, a changed vote, or none (withdrawn). The person's
/// app shows the vote already, so nothing is said, unless the poll has closed.
/// </summary>
public sealed class NativePollAnswers(IPollRepository polls, IEventRepository events) : IPollAnswerHandler
{
    public async Task HandleAsync(ChatContext chat, PollAnswer answer, CancellationToken ct)
    {
        if (await polls.FindByPlatformIdAsync(answer.PlatformPollId, chat.ReplyTo, ct) is not { } poll)
        {
            return;
        }

        if (!poll.IsOpen)
        {
            chat.ReplyPrivately(PollTexts.For(chat.Member.Language).Closed);
            return;
        }

        // A copy forwarded to someone the poll was not asked of is answered, but not counted.
        if (!await PollVoting.MayVoteAsync(poll, chat, polls, events, ct))
        {
            chat.ReplyPrivately(PollVoting.Refusal(poll, PollTexts.For(chat.Member.Language)));
            return;
        }

        var existing = await polls.FindVoteAsync(poll.Id, chat.Member.Id, ct);
        if (answer.Options is not [var option] || option < 0 || option >= poll.Options.Count)
        {
            // No answer is a withdrawn vote (several or an unknown one cannot come from a one-answer poll):
            // the vote goes if it was cast in this copy of the poll, not one cast since in another.
            if (existing is not null && existing.PlatformPollId == answer.PlatformPollId)
            {
                polls.RemoveVote(existing);
            }

            return;
        }

        PollVoting.Cast(polls, poll, chat, existing, option, answer.PlatformPollId);
    }
}
