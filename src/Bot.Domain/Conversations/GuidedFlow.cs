using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Conversations;

/// <summary>
/// A guided, multi-step conversation declared as a table of steps. The engine provides once what every
/// flow needs: Cancel, asking again with the reason, the edit menu behind the preview's Edit, Keep as it
/// is and the return to the preview after a changed field, resuming a draft, and a stored step it no
/// longer knows (after an update renamed one) told to the person with the draft kept, never a restart.
/// </summary>
public abstract class GuidedFlow<TDraft, TStep> : IFlow
    where TDraft : FlowDraft, new()
    where TStep : struct, Enum
{
    private IReadOnlyList<FlowStep<TDraft, TStep>>? steps;

    protected GuidedFlow(string name) => Name = name;

    public string Name { get; }

    /// <summary>A flow that is a coordinators' command is theirs at every step; a flow begun from a coordinator's button says so itself.</summary>
    public virtual Audience Audience => this is ICommand { Info.Audience: var audience } ? audience : Audience.Everyone;

    /// <summary>The steps, top to bottom, in the order they are asked.</summary>
    protected abstract IReadOnlyList<FlowStep<TDraft, TStep>> DeclareSteps();

    /// <summary>The step that shows the whole draft with its final button, where Edit leads from and changes return to.</summary>
    protected virtual TStep? PreviewStep => null;

    /// <summary>The edit menu's step (its stored name), when the flow has one.</summary>
    protected virtual TStep? EditStep => null;

    private IReadOnlyList<FlowStep<TDraft, TStep>> Steps => steps ??= DeclareSteps();

    public abstract string? DescribeDraft(Conversation conversation, Phrasebook t);

    /// <summary>Starts the flow with a new draft at <paramref name="first"/> (the first step by default).</summary>
    protected Task BeginAsync(ChatContext chat, TDraft draft, CancellationToken ct, TStep? first = null)
    {
        var step = first ?? Steps[0].Id;
        chat.BeginConversation(Name, step.ToString(), draft);
        return AskAsync(new FlowTurn<TDraft>(chat, draft, Name, ct), step, null);
    }

    public async Task HandleAsync(ChatContext chat, Conversation conversation, CancellationToken ct)
    {
        var turn = new FlowTurn<TDraft>(chat, conversation.ReadDraft<TDraft>(), Name, ct);
        if (!TryParseStep(conversation.Step, out var at))
        {
            await RecoverAsync(turn, conversation);
            return;
        }

        switch (turn.Action)
        {
            case GuidedFlowActions.Cancel:
                chat.EndConversation();
                chat.RetireSourceButtons();
                OnCancelled(chat);
                return;
            case GuidedFlowActions.Keep when turn.Draft.Editing && PreviewStep is { } preview:
                chat.RetireSourceButtons();
                turn.Draft.Editing = false;
                await MoveToAsync(turn, conversation, preview, null);
                return;
            case GuidedFlowActions.Edit when Is(at, PreviewStep) && EditStep is { } edit:
                chat.RetireSourceButtons();
                await MoveToAsync(turn, conversation, edit, null);
                return;
        }

        if (Is(at, EditStep))
        {
            await ChooseFieldAsync(turn, conversation);
            return;
        }

        var result = await Find(at).Take(turn);
        switch (result)
        {
            case StepResult.Moved:
                if (chat.Message.Kind == InboundKind.Button)
                {
                    chat.RetireSourceButtons();
                }

                var next = turn.Draft.Editing && PreviewStep is { } back ? back : NextAfter(turn, at);
                turn.Draft.Editing = false;
                await MoveToAsync(turn, conversation, next, null);
                break;
            case StepResult.Refused refused:
                await AskAsync(turn, at, refused.Reason);
                break;
            case StepResult.Jumped jumped:
                await MoveToAsync(turn, conversation, (TStep)jumped.Step, jumped.Reason);
                break;
        }
    }

    public Task ResumeAsync(ChatContext chat, Conversation conversation, CancellationToken ct)
    {
        var turn = new FlowTurn<TDraft>(chat, conversation.ReadDraft<TDraft>(), Name, ct);
        return TryParseStep(conversation.Step, out var at) ? AskAsync(turn, at, null) : RecoverAsync(turn, conversation);
    }

    public async Task<string?> TypedPressAsync(ChatContext chat, Conversation conversation, CancellationToken ct)
    {
        if (chat.Message.Kind != InboundKind.Text || !TryParseStep(conversation.Step, out var at))
        {
            return null;
        }

        var turn = new FlowTurn<TDraft>(chat, conversation.ReadDraft<TDraft>(), Name, ct);
        var question = Is(at, EditStep) ? EditMenu(turn) : await Find(at).Ask(turn);
        return ButtonLabels.Typed(question.Buttons, chat.Message.Text)?.Payload;
    }

    /// <summary>Goes back to another step, asked after the reason (the time of an event passed while its draft waited, say).</summary>
    protected static StepResult GoTo(TStep step, string? reason = null) => new StepResult.Jumped(step, reason);

    /// <summary>What Cancel says; by default the main menu with "Cancelled".</summary>
    protected virtual void OnCancelled(ChatContext chat) => MainMenu.Show(chat, chat.T.Cancelled);

    /// <summary>The line above the edit menu's question (which event is being edited, say).</summary>
    protected virtual string? EditHeading(FlowTurn<TDraft> turn) => null;

    private async Task ChooseFieldAsync(FlowTurn<TDraft> turn, Conversation conversation)
    {
        var field = turn.Action switch
        {
            GuidedFlowActions.Back => PreviewStep,
            { } action when action.StartsWith(GuidedFlowActions.EditPrefix, StringComparison.Ordinal) =>
                Steps.FirstOrDefault(s => s.EditLabel is not null && EditAction(s.Id) == action)?.Id,
            _ => null,
        };
        if (field is not { } chosen)
        {
            await AskAsync(turn, EditStep!.Value, turn.T.InputUseButtons);
            return;
        }

        turn.Chat.RetireSourceButtons();
        turn.Draft.Editing = !Is(chosen, PreviewStep);
        await MoveToAsync(turn, conversation, chosen, null);
    }

    /// <summary>The stored step is not one this flow has (an update renamed it): say so, keep the draft, and go on from the first step it lacks.</summary>
    private Task RecoverAsync(FlowTurn<TDraft> turn, Conversation conversation)
    {
        turn.Chat.Reply(turn.T.FlowStepLost);
        var resume = Steps.FirstOrDefault(s => s.IsAnswered?.Invoke(turn.Draft) == false && s.Applies?.Invoke(turn) != false)?.Id ?? PreviewStep ?? Steps[^1].Id;
        turn.Draft.Editing = false;
        return MoveToAsync(turn, conversation, resume, null);
    }

    private Task MoveToAsync(FlowTurn<TDraft> turn, Conversation conversation, TStep step, string? reason)
    {
        conversation.MoveTo(step.ToString(), turn.Draft, turn.Chat.Now);
        return AskAsync(turn, step, reason);
    }

    /// <summary>Asks for a step: the reason the last answer did not fit, what the field holds now while it is changed, then the question.</summary>
    private async Task AskAsync(FlowTurn<TDraft> turn, TStep step, string? reason)
    {
        var question = Is(step, EditStep) ? EditMenu(turn) : await Find(step).Ask(turn);
        var current = !Is(step, EditStep) && turn.Draft.Editing && Find(step).Current?.Invoke(turn) is { } value ? turn.T.EditCurrent(value) + "\n\n" : string.Empty;
        var text = (reason is null ? string.Empty : reason + "\n\n") + current + question.Text;
        var chat = turn.Chat;
        var to = question.Privately ? new Recipient(chat.Member.Channel, chat.Member.ChatId) : chat.ReplyTo;
        chat.Send(new OutboundMessage(to, text) { Buttons = question.Buttons, ExpectsText = question.ExpectsText, PhotoRef = question.PhotoRef });
    }

    /// <summary>What to change: each step with an edit label, two to a row, then Back.</summary>
    private Question EditMenu(FlowTurn<TDraft> turn)
    {
        var fields = Steps.Where(s => s.EditLabel is not null && s.Applies?.Invoke(turn) != false).Select(s => turn.Button(s.EditLabel!(turn.T), EditAction(s.Id)))
            .Append(turn.Button(turn.T.Back, GuidedFlowActions.Back))
            .Chunk(2)
            .Select(row => (IReadOnlyList<Button>)row)
            .ToList();
        var heading = EditHeading(turn) is { } line ? line + "\n" : string.Empty;
        return new Question(heading + turn.T.EditWhich, fields);
    }

    private static string EditAction(TStep step) => GuidedFlowActions.EditPrefix + step.ToString().ToLowerInvariant();

    private FlowStep<TDraft, TStep> Find(TStep step) => Steps[Index(step)];

    /// <summary>The step after <paramref name="step"/> that applies here.</summary>
    private TStep NextAfter(FlowTurn<TDraft> turn, TStep step)
    {
        var next = Index(step) + 1;
        while (next < Steps.Count - 1 && Steps[next].Applies?.Invoke(turn) == false)
        {
            next++;
        }

        return Steps[next].Id;
    }

    private int Index(TStep step)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (EqualityComparer<TStep>.Default.Equals(Steps[i].Id, step))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The {Name} flow has no step {step} in its table.");
    }

    private static bool Is(TStep step, TStep? other) => other is { } value && EqualityComparer<TStep>.Default.Equals(step, value);

    /// <summary>A stored step name this flow knows: exactly an enum member's name, not a number or another case.</summary>
    private bool TryParseStep(string stored, out TStep step)
    {
        if (!Enum.TryParse(stored, ignoreCase: false, out step) || !Enum.IsDefined(step) || step.ToString() != stored)
        {
            return false;
        }

        var parsed = step;
        return Is(parsed, EditStep) || Steps.Any(s => EqualityComparer<TStep>.Default.Equals(s.Id, parsed));
    }
}
