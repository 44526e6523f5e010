using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>A message without its recipient.</summary>
public sealed record OutboundTemplate(string Text)
{
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    public string? PhotoRef { get; init; }

    /// <summary>A poll, sent natively where the platform can (the text and buttons are the poll elsewhere).</summary>
    public NativePoll? Poll { get; init; }

    /// <summary>The channel the photo was sent on, when it is that platform's file id: only its people get it.</summary>
    public ChannelKind? PhotoChannel { get; init; }

    /// <summary>What fills the city's approved template outside a platform's messaging window (WhatsApp).</summary>
    public WindowTemplate? Template { get; init; }

    /// <summary>The message to one person; a platform's file id goes only to people on that platform.</summary>
    public OutboundMessage To(Recipient recipient) =>
        new(recipient, Text) { Buttons = Buttons, PhotoRef = Photos.For(PhotoRef, PhotoChannel, recipient.Channel), Lane = DeliveryLane.Broadcast, Poll = Poll, Template = Template };
}
