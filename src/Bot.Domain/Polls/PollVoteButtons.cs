using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Polls;

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
            t.Voted(Markup.Escape(options[press.Option]), time.Moment(poll.ClosesAt)),
            chat.Message.Channel.CanEditMessages() ? null : PollCards.Buttons(poll, options, press.Option, chat.Member.Language));
    }
}
