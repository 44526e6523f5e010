using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Conversations;

/// <summary>One answer to one step: the chat, the draft, and the pressed button's action ("theme:parks"), if any.</summary>
public sealed class FlowTurn<TDraft>(ChatContext chat, TDraft draft, string flowName, CancellationToken cancellation)
    where TDraft : FlowDraft
{
    public ChatContext Chat { get; } = chat;

    public CancellationToken Cancellation { get; } = cancellation;

    public TDraft Draft { get; } = draft;

    public Phrasebook T => Chat.T;

    /// <summary>The part of a pressed "flow:…" payload after the flow's name, or null for typed input and other buttons.</summary>
    public string? Action { get; } =
        chat.Message is { Kind: InboundKind.Button, Payload: { } payload } && payload.StartsWith(flowName + ":", StringComparison.Ordinal)
            ? payload[(flowName.Length + 1)..]
            : null;

    /// <summary>A button of this flow.</summary>
    public Button Button(string label, string action) => new(label, $"{flowName}:{action}");

    public Button Cancel => Button(T.CancelLabel, GuidedFlowActions.Cancel);

    /// <summary>The last row under a question: Cancel, and Keep as it is while one field is being changed.</summary>
    public IReadOnlyList<Button> LastRow => Draft.Editing ? [Button(T.KeepAsIs, GuidedFlowActions.Keep), Cancel] : [Cancel];
}
