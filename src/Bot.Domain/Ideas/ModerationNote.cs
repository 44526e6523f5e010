using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>The decision waiting for the coordinator's words, and the card to redraw afterwards.</summary>
public sealed class ModerationNote : FlowDraft
{
    public long IdeaId { get; init; }

    public IdeaStatus Target { get; init; }

    public ChannelKind CardChannel { get; init; }

    public string? CardChatId { get; init; }

    public string? CardMessageId { get; init; }
}
