using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// The buttons on a coordinator's idea card ("mod:ok:12"). Approve and Restore act at once; Reject asks
/// for the reason and In progress / Implemented for an optional comment, in the coordinator's own chat.
/// </summary>
public sealed class ModerationButtonsHandler(
    IIdeaRepository ideas, IMemberRepository members, ModerateIdea moderate, ModerationNoteFlow noteFlow, BotOptions options, IdeasOptions ideasOptions) : ButtonHandler<ActionPress>
{
    public const string Prefix = "mod";
    public const string Approve = "ok";
    public const string Reject = "no";
    public const string InProgress = "wip";
    public const string Implemented = "done";
    public const string Restore = "back";
    public const string Show = "show";

    public static readonly ButtonData<ActionPress> Buttons = ButtonData.ActionAndId(Prefix, Approve, Reject, InProgress, Implemented, Restore, Show);

    public override bool NeedsConsent => false;

    public override Audience Audience => Audience.Coordinators;

    protected override ButtonData<ActionPress> Data => Buttons;

    /// <summary>Reject, In progress and Implemented ask for the coordinator's words.</summary>
    protected override bool StartsFlow(ActionPress press) => press.Action is Reject or InProgress or Implemented;

    /// <summary>The cards in the moderation chat are pressed there; in any other group, not.</summary>
    public override bool WorksInGroup(InboundMessage message) => IsModerationChat(ideasOptions, message);

    /// <summary>Whether the message came from the configured moderation chat.</summary>
    public static bool IsModerationChat(IdeasOptions ideasOptions, InboundMessage message) =>
        !string.IsNullOrWhiteSpace(ideasOptions.ModerationChat)
        && Members.Coordinators.TryParse(ideasOptions.ModerationChat, out var channel, out var chatId)
        && channel == message.Channel && chatId == message.ChatId;

    public static string Payload(string action, long ideaId) => Buttons.Pack(new ActionPress(action, ideaId));

    protected override async Task HandleAsync(ChatContext chat, ActionPress press, CancellationToken ct)
    {
        var ideaId = press.Id;
        switch (press.Action)
        {
            case Approve:
                UpdateCard(chat, await moderate.ChangeStatusAsync(chat, ideaId, IdeaStatus.Approved, null, ct));
                break;
            case Restore:
                UpdateCard(chat, await moderate.RestoreAsync(chat, ideaId, ct));
                break;
            case Reject:
                await AskForNoteAsync(chat, ideaId, IdeaStatus.Rejected, ct);
                break;
            case InProgress:
                await AskForNoteAsync(chat, ideaId, IdeaStatus.InProgress, ct);
                break;
            case Implemented:
                await AskForNoteAsync(chat, ideaId, IdeaStatus.Implemented, ct);
                break;
            case Show when await ideas.FindAsync(ideaId, ct) is { } idea:
                chat.Send(IdeaCards.ForCoordinator(chat.ReplyTo, idea, await IdeaCards.AuthorAsync(members, idea, ct), chat.Member.Language, options));
                break;
            case Show:
                MainMenu.Show(chat, chat.T.IdeaNotAvailable);
                break;
        }
    }

    private async Task AskForNoteAsync(ChatContext chat, long ideaId, IdeaStatus target, CancellationToken ct)
    {
        if (await moderate.FindChangeableAsync(chat, ideaId, target, ct) is null)
        {
            return;
        }

        var note = new ModerationNote
        {
            IdeaId = ideaId,
            Target = target,
            CardChannel = chat.Message.Channel,
            CardChatId = chat.Message.ChatId,
            CardMessageId = chat.Message.SourceMessageId,
        };
        await noteFlow.BeginAsync(chat, note, ct);
    }

    /// <summary>Redraws the buttons of the card that was pressed, for the idea's new state.</summary>
    internal static void UpdateCard(ChatContext chat, Idea? idea)
    {
        if (idea is not null)
        {
            chat.ReplaceSourceButtons(IdeaCards.ModerationButtons(idea, chat.T));
        }
    }
}

public enum ModerationNoteStep
{
    Reason,
    Comment,
}

/// <summary>The decision waiting for the coordinator's words, and the card to redraw afterwards.</summary>
public sealed class ModerationNote : FlowDraft
{
    public long IdeaId { get; init; }

    public IdeaStatus Target { get; init; }

    public ChannelKind CardChannel { get; init; }

    public string? CardChatId { get; init; }

    public string? CardMessageId { get; init; }
}

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

/// <summary>/pending: the ideas waiting for a coordinator, each with its buttons.</summary>
public sealed class PendingCommand(IIdeaRepository ideas, IMemberRepository members, BotOptions options) : ICommand
{
    public const int MaxCards = 20;

    public CommandInfo Info => CommandCatalog.Pending;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var waiting = await ideas.ListAwaitingCoordinatorAsync(ct);
        if (waiting.Count == 0)
        {
            MainMenu.Show(chat, chat.T.ModNothingPending);
            return;
        }

        chat.Reply(chat.T.ModPendingCount(waiting.Count));
        var here = chat.ReplyTo;
        foreach (var idea in waiting.Take(MaxCards))
        {
            chat.Send(IdeaCards.ForCoordinator(here, idea, await IdeaCards.AuthorAsync(members, idea, ct), chat.Member.Language, options));
        }
    }
}
