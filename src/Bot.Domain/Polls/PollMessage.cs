namespace GenYCity.Bot.Domain.Polls;

/// <summary>
/// A poll as Telegram knows it: each sent native poll has its own id, which its answers carry, and is a
/// message in one chat, which is stopped when the poll closes.
/// </summary>
public sealed record PollMessage(string PlatformPollId, long PollId, DateTimeOffset SentAt)
{
    public Messaging.ChannelKind Channel { get; init; }

    public string? ChatId { get; init; }

    public string? MessageId { get; init; }

    /// <summary>Closes this copy in its chat (Telegram's stopPoll), so no app keeps offering a vote that would not count.</summary>
    public Messaging.OutboundMessage Stop() =>
        new(new Messaging.Recipient(Channel, ChatId!), string.Empty) { ReplacesMessageId = MessageId, StopsPoll = true, Lane = Messaging.DeliveryLane.Broadcast };
}
