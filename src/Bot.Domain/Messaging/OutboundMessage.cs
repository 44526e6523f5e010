namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// A message the bot sends, in channel-neutral form. <see cref="Text"/> uses the small markup of
/// <see cref="Markup"/>; each channel renders it within its own limits.
/// </summary>
public sealed record OutboundMessage(Recipient To, string Text)
{
    /// <summary>Rows of buttons under the message.</summary>
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    /// <summary>A photo to send with the text as its caption: a platform file id, an http(s) address or a local file.</summary>
    public string? PhotoRef { get; init; }

    /// <summary>A local file to send as a document with the text as its caption (an export, say).</summary>
    public string? DocumentPath { get; init; }

    /// <summary>When set, the message replaces this earlier message of the bot's where the channel can edit.</summary>
    public string? ReplacesMessageId { get; init; }

    /// <summary>
    /// With <see cref="ReplacesMessageId"/>: only that message's buttons change (to <see cref="Buttons"/>,
    /// often none) and its text stays. Channels that cannot edit skip such a message.
    /// </summary>
    public bool ButtonsOnly { get; init; }

    public DeliveryLane Lane { get; init; } = DeliveryLane.Reply;

    /// <summary>
    /// The message asks for a typed answer (a title, a date, a number); its buttons are the other way out.
    /// Chats pressed by typing (the console) then read a typed number or label as the answer, not a button.
    /// </summary>
    public bool ExpectsText { get; init; }

    /// <summary>Someone to tell when this message cannot be delivered (a coordinator, for a cross-post), and what to say.</summary>
    public FailureNotice? OnFailure { get; init; }

    /// <summary>What the message is, where a platform's policy depends on it (Messenger's message tags).</summary>
    public MessagePurpose Purpose { get; init; }

    /// <summary>What fills the city's approved template when the message goes outside a platform's messaging window (WhatsApp); none: it never does.</summary>
    public WindowTemplate? Template { get; init; }

    /// <summary>
    /// A poll to send in the platform's own form where it has one (Telegram), whose answers come back per
    /// person; elsewhere the text and buttons are the poll.
    /// </summary>
    public NativePoll? Poll { get; init; }

    /// <summary>With <see cref="ReplacesMessageId"/>: that native poll is closed where it was sent (Telegram's stopPoll); other channels skip it.</summary>
    public bool StopsPoll { get; init; }

    /// <summary>
    /// The text carries a secret (a sign-in link): once it is delivered and its text dropped from the outbox, no
    /// copy of it may stay readable in the database's files.
    /// </summary>
    public bool HoldsSecret { get; init; }
}
