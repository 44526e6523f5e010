using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>Sends outbox messages on one channel, rendering them within its limits.</summary>
public interface IChannelSender
{
    ChannelKind Channel { get; }

    /// <summary>
    /// The one chat this sender shows, when it is a single person's window (a console terminal): only that
    /// chat's messages are sent here, the rest wait for their own. Null: every chat of the channel.
    /// </summary>
    string? OwnChat => null;

    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct);
}
