using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Polls;

/// <summary>A press of an answer ("poll:vote:12:3"), Withdraw ("poll:undo:12") or Vote in the digest ("poll:show:12").</summary>
public sealed record PollPress(string Action, long PollId, int Option);

/// <summary>
/// Votes on the channels without native polls: one vote per person, checked here on the server, changed by
/// pressing another answer and withdrawn with Withdraw; and the digest's Vote, which sends the poll itself.
/// </summary>
public sealed class PollVoteButtons(IPollRepository polls, IEventRepository events, PollCards cards, EventTime time) : ButtonHandler<PollPress>
{
    public const string Prefix = "poll";
    public const string VoteAction = "vote";
    public const string UndoAction = "undo";
    public const string ShowAction = "show";

    public static readonly ButtonData<PollPress> Buttons = new(
        Prefix,
        press => press.Action == VoteAction ? [VoteAction, ButtonParts.Id(press.PollId), ButtonParts.Id(press.Option)] : [press.Action, ButtonParts.Id(press.PollId)],
        parts => parts switch
        {
            [VoteAction, var id, var option] when ButtonParts.TryId(id, out var pollId) && option is { Length: 1 } && char.IsAsciiDigit(option[0])
                => new PollPress(VoteAction, pollId, option[0] - '0'),
            [UndoAction or ShowAction, var id] when ButtonParts.TryId(id, out var pollId) => new PollPress(parts[0], pollId, 0),
            _ => null,
        });

    public override bool NeedsConsent => true;

    protected override ButtonData<PollPress> Data => Buttons;

    public static Button Vote(long pollId, int option, string label) => Buttons.Button(label, new PollPress(VoteAction, pollId, option));

    public static Button Undo(long pollId, string label) => Buttons.Button(label, new PollPress(UndoAction, pollId, 0));

    public static string ShowPayload(long pollId) => Buttons.Pack(new PollPress(ShowAction, pollId, 0));

    protected override async Task HandleAsync(ChatContext chat, PollPress press, CancellationToken ct)
    {
        var t = PollTexts.For(chat.Member.Language);
        if (await polls.FindAsync(press.PollId, ct) is not { } poll)
        {
            StaleButton.Answer(chat);
            return;
        }

        if (!poll.IsOpen)
        {
            // The digest's Vote sits among the digest's other buttons, which stay; a poll card's answers go.
            if (press.Action != ShowAction)
            {
                chat.RetireSourceButtons();
            }

            chat.Reply(t.Closed);
            return;
        }

        if (!await PollVoting.MayVoteAsync(poll, chat, polls, events, ct))
        {
            chat.Reply(PollVoting.Refusal(poll, t));
            return;
        }

        var existing = await polls.FindVoteAsync(poll.Id, chat.Member.Id, ct);
        switch (press.Action)
        {
            case ShowAction:
                chat.Send(cards.Poll(poll, chat.Member.Language, existing?.Option).To(chat.ReplyTo) with { Lane = DeliveryLane.Reply });
                return;
            case UndoAction when existing is null:
                chat.Reply(t.NothingToWithdraw);
                return;
            case UndoAction:
                polls.RemoveVote(existing);
                chat.ReplaceSourceButtons(PollCards.Buttons(poll, poll.Options, null, chat.Member.Language));
                chat.Reply(t.Withdrawn);
                return;
        }

        var options = poll.Options;
        if (press.Option >= options.Count)
        {
            StaleButton.Answer(chat);
            return;
        }

        PollVoting.Cast(polls, poll, chat, existing, press.Option);
        chat.ReplaceSourceButtons(PollCards.Buttons(poll, options, press.Option, chat.Member.Language));
        // Messenger's quick replies vanish once pressed: the answer offers them again, to change the vote.
        chat.Reply(
            t.Voted(Markup.Escape(options[press.Option]), time.FormatInSentence(poll.ClosesAt, chat.Member.Language)),
            chat.Message.Channel.CanEditMessages() ? null : PollCards.Buttons(poll, options, press.Option, chat.Member.Language));
    }
}

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
        { Audience: Broadcasts.AudienceKind.EventAttendees, EventId: { } eventId } =>
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
