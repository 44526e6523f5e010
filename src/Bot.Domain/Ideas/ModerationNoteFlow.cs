using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>Takes the rejection reason (required) or the status comment (optional) from the coordinator, in their own chat.</summary>
public sealed class ModerationNoteFlow(ModerateIdea moderate) : GuidedFlow<ModerationNote, ModerationNoteStep>(FlowName)
{
    public const string FlowName = "modnote";

    public override Audience Audience => Audience.Coordinators;
    public const int MaxNoteLength = 1000;

    protected override IReadOnlyList<FlowStep<ModerationNote, ModerationNoteStep>> DeclareSteps() =>
    [
        new()
        {
            Id = ModerationNoteStep.Reason,
            // A rejection lacks its reason until it is given; the other decisions start at the comment.
            IsAnswered = note => note.Target != IdeaStatus.Rejected,
            Ask = turn => ValueTask.FromResult(new Question(turn.T.ModAskReason(turn.Draft.IdeaId), [[turn.Cancel]]) { ExpectsText = true, Privately = true }),
            Take = DecideAsync,
        },
        new()
        {
            Id = ModerationNoteStep.Comment,
            Ask = turn => ValueTask.FromResult(new Question(turn.T.ModAskComment(turn.Draft.IdeaId), [[turn.Button(turn.T.Skip, "skip"), turn.Cancel]]) { ExpectsText = true, Privately = true }),
            Take = DecideAsync,
        },
    ];

    /// <summary>Asks for the reason of a rejection, or the comment on another decision, about the card that was pressed.</summary>
    public Task BeginAsync(ChatContext chat, ModerationNote note, CancellationToken ct) =>
        BeginAsync(chat, note, ct, note.Target == IdeaStatus.Rejected ? ModerationNoteStep.Reason : ModerationNoteStep.Comment);

    public override string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) =>
        t.DraftModerationNote(conversation.ReadDraft<ModerationNote>().IdeaId);

    protected override void OnCancelled(ChatContext chat) => chat.Reply(chat.T.Cancelled);

    private async ValueTask<StepResult> DecideAsync(FlowTurn<ModerationNote> turn)
    {
        var (chat, note) = (turn.Chat, turn.Draft);
        string? comment = null;
        if (note.Target != IdeaStatus.Rejected && turn.Action == "skip")
        {
            chat.RetireSourceButtons();
        }
        else if (TextInput.Read(chat, MaxNoteLength, out var problem) is { } text)
        {
            comment = text;
        }
        else
        {
            return StepResult.Again(problem);
        }

        chat.EndConversation();
        var idea = await moderate.ChangeStatusAsync(chat, note.IdeaId, note.Target, comment, turn.Cancellation);
        if (idea is not null && note is { CardChatId: { } cardChat, CardMessageId: { } cardMessage })
        {
            chat.Send(new OutboundMessage(new Recipient(note.CardChannel, cardChat), string.Empty)
            {
                ReplacesMessageId = cardMessage,
                ButtonsOnly = true,
                Buttons = IdeaCards.ModerationButtons(idea, chat.T),
            });
        }

        return StepResult.Handled;
    }
}
