using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Conversations;

/// <summary>
/// A guided, multi-step conversation. While a person is in a flow, their text, photos and the
/// flow's own buttons (payloads prefixed with <see cref="Name"/>) go to it.
/// </summary>
public interface IFlow
{
    string Name { get; }

    Task HandleAsync(ChatContext chat, Conversation conversation, CancellationToken ct);
}
