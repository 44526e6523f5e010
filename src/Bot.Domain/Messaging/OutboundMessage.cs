namespace GenYCity.Bot.Domain.Messaging;

/// <summary>Who a message goes to.</summary>
public sealed record Recipient(ChannelKind Channel, string ChatId);

/// <summary>Which queue a message waits in: replies never wait behind broadcasts.</summary>
public enum DeliveryLane
{
    Reply = 0,
    Broadcast = 1,
}

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

/// <summary>A poll as a platform's native poll: the bot's poll number, the question and the answers.</summary>
public sealed record NativePoll(long PollId, string Question, IReadOnlyList<string> Options);

/// <summary>
/// What <paramref name="To"/> is told when a delivery fails, the reason appended: <paramref name="Text"/> at the
/// first failure that will be retried, <paramref name="GaveUpText"/> when it will not be tried again.
/// </summary>
public sealed record FailureNotice(Recipient To, string Text, string GaveUpText);

/// <summary>
/// Why a message is sent, for platform policies: Messenger lets a Page write outside the 24-hour window
/// only with a tag, and CONFIRMED_EVENT_UPDATE only for reminders of events the person signed up for.
/// </summary>
public enum MessagePurpose
{
    General = 0,

    /// <summary>A reminder of an event the person answered Going or Maybe to.</summary>
    ConfirmedEventReminder = 1,
}
