using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Results;

/// <summary>
/// The coordinators' buttons on a public idea's card: record the council's answer ("res:council:12") or
/// add a progress note ("res:note:12"), each asked for in the coordinator's own chat.
/// </summary>
public sealed class CoordinatorNewsButtons(CouncilAnswerFlow council, ProgressNoteFlow progress, IIdeaRepository ideas, IdeasOptions ideasOptions) : ButtonHandler<ActionPress>
{
    public const string Prefix = "res";
    public const string Council = "council";
    public const string Note = "note";

    public static readonly ButtonData<ActionPress> Buttons = ButtonData.ActionAndId(Prefix, Council, Note);

    public override bool NeedsConsent => false;

    public override Audience Audience => Audience.Coordinators;

    protected override ButtonData<ActionPress> Data => Buttons;

    protected override bool StartsFlow(ActionPress press) => true;

    public override bool WorksInGroup(InboundMessage message) => ModerationButtonsHandler.IsModerationChat(ideasOptions, message);

    /// <summary>The row under a public idea's moderation card.</summary>
    public static IReadOnlyList<Button> Row(Idea idea, Members.Language language)
    {
        var t = ResultsTexts.For(language);
        return [Buttons.Button(t.CouncilButton, new ActionPress(Council, idea.Id)), Buttons.Button(t.ProgressButton, new ActionPress(Note, idea.Id))];
    }

    protected override async Task HandleAsync(ChatContext chat, ActionPress press, CancellationToken ct)
    {
        if (await PublicIdeaAsync(chat, press.Id, ideas, ct) is null)
        {
            return;
        }

        var draft = new NewsDraft { Key = FlowDraft.NewKey(), IdeaId = press.Id };
        await (press.Action == Council ? council.StartAsync(chat, draft, ct) : progress.StartAsync(chat, draft, ct));
    }

    /// <summary>
    /// The end of both flows: checked again now (the idea may have changed, the person may no longer be a
    /// coordinator), the entry recorded, the coordinator answered, and the author told.
    /// </summary>
    internal static async Task<StepResult> RecordAsync(
        ChatContext chat, long ideaId, IIdeaRepository ideas, IdeaTimeline timeline, Func<ResultsTexts, Func<long, string>> done, Func<Idea, IdeaNews> record, CancellationToken ct)
    {
        chat.EndConversation();
        if (await PublicIdeaAsync(chat, ideaId, ideas, ct) is { } idea)
        {
            var entry = record(idea);
            chat.Reply(done(ResultsTexts.For(chat.Member.Language))(idea.Id));
            await timeline.TellAuthorAsync(chat, idea, entry, ct);
        }

        return StepResult.Handled;
    }

    /// <summary>The idea, when a coordinator may add to its public timeline now; otherwise says why and returns null.</summary>
    internal static async Task<Idea?> PublicIdeaAsync(ChatContext chat, long ideaId, IIdeaRepository ideas, CancellationToken ct)
    {
        if (!chat.Member.IsCoordinator)
        {
            chat.Reply(chat.T.CoordinatorsOnly);
            return null;
        }

        switch (await ideas.FindAsync(ideaId, ct))
        {
            case null:
                MainMenu.Show(chat, chat.T.IdeaNotAvailable);
                return null;
            case { Status: IdeaStatus.Approved or IdeaStatus.InProgress or IdeaStatus.Implemented } idea:
                return idea;
            default:
                chat.Reply(ResultsTexts.For(chat.Member.Language).NotPublic(ideaId));
                return null;
        }
    }
}

public enum CouncilStep
{
    Decision,
    Answer,
}

public enum ProgressStep
{
    Text,
    Photo,
}

/// <summary>The council's answer or a progress note being written.</summary>
public sealed class NewsDraft : FlowDraft
{
    public long IdeaId { get; init; }

    public CouncilDecision? Decision { get; set; }

    public string? Text { get; set; }
}

/// <summary>The council's answer: accepted, not accepted or partly → the answer as residents read it → recorded and told.</summary>
public sealed class CouncilAnswerFlow(IIdeaRepository ideas, IdeaTimeline timeline) : GuidedFlow<NewsDraft, CouncilStep>(FlowName)
{
    public const string FlowName = "council";

    public override Audience Audience => Audience.Coordinators;
    public const int MaxAnswerLength = 1500;

    private static readonly Dictionary<string, CouncilDecision> Decisions = new(StringComparer.Ordinal)
    {
        ["yes"] = CouncilDecision.Accepted,
        ["no"] = CouncilDecision.NotAccepted,
        ["part"] = CouncilDecision.Partly,
    };

    protected override IReadOnlyList<FlowStep<NewsDraft, CouncilStep>> DeclareSteps() =>
    [
        new()
        {
            Id = CouncilStep.Decision,
            IsAnswered = d => d.Decision is not null,
            Ask = turn =>
            {
                var t = ResultsTexts.For(turn.Chat.Member.Language);
                return ValueTask.FromResult(new Question(
                    t.AskDecision(turn.Draft.IdeaId),
                    [Decisions.Select(d => turn.Button(t.DecisionLabel(d.Value), d.Key)).ToList(), [turn.Cancel]]) { Privately = true });
            },
            Take = turn =>
            {
                if (turn.Action is not { } action || !Decisions.TryGetValue(action, out var decision))
                {
                    return ValueTask.FromResult(StepResult.Again(turn.T.InputUseButtons));
                }

                turn.Draft.Decision = decision;
                return ValueTask.FromResult(StepResult.Next);
            },
        },
        new()
        {
            Id = CouncilStep.Answer,
            Ask = turn => ValueTask.FromResult(new Question(ResultsTexts.For(turn.Chat.Member.Language).AskCouncilText(MaxAnswerLength), [[turn.Cancel]]) { ExpectsText = true, Privately = true }),
            Take = RecordAsync,
        },
    ];

    public Task StartAsync(ChatContext chat, NewsDraft draft, CancellationToken ct) => BeginAsync(chat, draft, ct);

    public override string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) =>
        ResultsTexts.For(t.Language).DraftCouncil(conversation.ReadDraft<NewsDraft>().IdeaId);

    protected override void OnCancelled(ChatContext chat) => chat.Reply(chat.T.Cancelled);

    private async ValueTask<StepResult> RecordAsync(FlowTurn<NewsDraft> turn)
    {
        var (chat, draft, ct) = (turn.Chat, turn.Draft, turn.Cancellation);
        if (TextInput.Read(chat, MaxAnswerLength, out var problem) is not { } answer)
        {
            return StepResult.Again(problem);
        }

        return await CoordinatorNewsButtons.RecordAsync(chat, draft.IdeaId, ideas, timeline, t => t.CouncilRecorded, idea =>
        {
            idea.RecordCouncilAnswer(draft.Decision!.Value, answer, chat.Now);
            return timeline.Record(chat, idea, IdeaNewsKind.CouncilAnswer, answer, decision: draft.Decision);
        }, ct);
    }
}

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
