using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Results;

/// <summary>A progress note: what was done → an optional photo → recorded and told.</summary>
public sealed class ProgressNoteFlow(IIdeaRepository ideas, IdeaTimeline timeline) : GuidedFlow<NewsDraft, ProgressStep>(FlowName)
{
    public const string FlowName = "progress";

    public override Audience Audience => Audience.Coordinators;
    public const int MaxNoteLength = 1500;

    protected override IReadOnlyList<FlowStep<NewsDraft, ProgressStep>> DeclareSteps() =>
    [
        new()
        {
            Id = ProgressStep.Text,
            IsAnswered = d => d.Text is not null,
            Ask = turn => ValueTask.FromResult(new Question(ResultsTexts.For(turn.Chat.Member.Language).AskProgressText(turn.Draft.IdeaId, MaxNoteLength), [[turn.Cancel]]) { ExpectsText = true, Privately = true }),
            Take = TakeTextAsync,
        },
        new()
        {
            Id = ProgressStep.Photo,
            Ask = turn => ValueTask.FromResult(new Question(ResultsTexts.For(turn.Chat.Member.Language).AskProgressPhoto, [[turn.Button(turn.T.Skip, "skip"), turn.Cancel]]) { Privately = true }),
            Take = RecordAsync,
        },
    ];

    public Task StartAsync(ChatContext chat, NewsDraft draft, CancellationToken ct) => BeginAsync(chat, draft, ct);

    public override string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) =>
        ResultsTexts.For(t.Language).DraftProgress(conversation.ReadDraft<NewsDraft>().IdeaId);

    protected override void OnCancelled(ChatContext chat) => chat.Reply(chat.T.Cancelled);

    private ValueTask<StepResult> TakeTextAsync(FlowTurn<NewsDraft> turn)
    {
        var chat = turn.Chat;
        string problem;
        if (chat.Message.Kind == InboundKind.Photo)
        {
            // A photo alone is a note too: its caption, if any, is the note's words, and it answers the photo step.
            if (string.IsNullOrWhiteSpace(chat.Message.Text))
            {
                turn.Draft.Text = string.Empty;
            }
            else if (TextInput.Read(chat.Message.Text, chat.T, MaxNoteLength, out problem) is { } caption)
            {
                turn.Draft.Text = caption;
            }
            else
            {
                return ValueTask.FromResult(StepResult.Again(problem));
            }

            return RecordAsync(turn);
        }

        if (TextInput.Read(chat, MaxNoteLength, out problem) is not { } text)
        {
            return ValueTask.FromResult(StepResult.Again(problem));
        }

        turn.Draft.Text = text;
        return ValueTask.FromResult(StepResult.Next);
    }

    private async ValueTask<StepResult> RecordAsync(FlowTurn<NewsDraft> turn)
    {
        var (chat, draft, ct) = (turn.Chat, turn.Draft, turn.Cancellation);
        string? photo = null;
        if (chat.Message is { Kind: InboundKind.Photo, PhotoRef: { } sent })
        {
            photo = sent;
        }
        else if (turn.Action == "skip")
        {
            chat.RetireSourceButtons();
        }
        else
        {
            return StepResult.Again(turn.T.InputNeedsPhoto);
        }

        return await CoordinatorNewsButtons.RecordAsync(
            chat, draft.IdeaId, ideas, timeline, t => t.ProgressRecorded, idea => timeline.Record(chat, idea, IdeaNewsKind.Progress, draft.Text, photo), ct);
    }
}
