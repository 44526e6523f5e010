using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>The bot's brain as the host sees it: one inbound message in, the messages to send out.</summary>
public interface IBot
{
    Task<IReadOnlyList<OutboundMessage>> HandleAsync(InboundMessage message, CancellationToken ct);

    /// <summary>The apology sent when handling a message failed, in the person's language where known.</summary>
    Task<OutboundMessage> ApologiseAsync(InboundMessage message, CancellationToken ct);

    /// <summary>The one warning to someone flooding the bot, in their language where known.</summary>
    Task<OutboundMessage> WarnAboutFloodingAsync(InboundMessage message, CancellationToken ct);
}
