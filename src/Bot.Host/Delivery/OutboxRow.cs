using System.Text.Json;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// One outgoing message in the outbox. Written in the same transaction as the change that caused it,
/// then sent by the delivery worker, so a crash neither loses nor invents a message. Once it is finished
/// (sent, failed, skipped) its content is dropped: the outbox keeps a message's text only while it is on
/// its way, and afterwards only when, to whom and what became of it.
/// </summary>
public sealed class OutboxRow
{
    public const int MaxErrorLength = 500;

    /// <summary>The payload of a finished row: its message is no longer kept.</summary>
    public const string NoPayload = "{}";

    private static readonly JsonSerializerOptions PayloadJsonOptions = new(JsonSerializerDefaults.Web);

    private OutboxRow()
    {
        ChatId = string.Empty;
        PayloadJson = "{}";
    }

    public long Id { get; private set; }

    public ChannelKind Channel { get; private set; }

    public string ChatId { get; private set; }

    public DeliveryLane Lane { get; private set; }

    public string PayloadJson { get; private set; }

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The platform's id of the sent message, so it can be edited later.</summary>
    public string? SentMessageId { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The broadcast this message is part of, if any.</summary>
    public long? BroadcastId { get; private set; }

    /// <summary>Set when the platform moved the chat and the message went to its new id (once only).</summary>
    public string? MigratedFromChatId { get; private set; }

    /// <summary>
    /// The span that wrote the message (a W3C traceparent), when telemetry recorded it: its send continues that
    /// trace, on whichever instance sends it.
    /// </summary>
    public string? TraceParent { get; private set; }

    public const int TraceParentLength = 55;

    public static OutboxRow Create(OutboundMessage message, DateTimeOffset now, long? broadcastId = null) =>
        FromPayload(message.To, message.Lane, WritePayload(message), now, broadcastId);

    /// <summary>A row from a payload written once for many recipients (a broadcast's text in one language).</summary>
    public static OutboxRow FromPayload(Recipient to, DeliveryLane lane, string payloadJson, DateTimeOffset now, long? broadcastId) => new()
    {
        BroadcastId = broadcastId,
        Channel = to.Channel,
        ChatId = to.ChatId,
        Lane = lane,
        PayloadJson = payloadJson,
        Status = DeliveryStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
        TraceParent = Telemetry.BotTelemetry.CurrentTraceParent(),
    };

    /// <summary>The message, addressed from this row's channel and chat (the stored payload's own address is not used).</summary>
    public OutboundMessage ReadMessage() => ReadPayload(PayloadJson, Channel, ChatId);

    public static OutboundMessage ReadPayload(string payloadJson, ChannelKind channel, string chatId) =>
        (JsonSerializer.Deserialize<OutboundMessage>(payloadJson, PayloadJsonOptions)
            ?? throw new InvalidOperationException("A delivery has an empty payload.")) with { To = new Recipient(channel, chatId) };

    /// <summary>The stored form of a message; broadcasts write it once per language for all their recipients.</summary>
    public static string WritePayload(OutboundMessage message) => JsonSerializer.Serialize(message, PayloadJsonOptions);

    public void Claim()
    {
        Status = DeliveryStatus.Sending;
        Attempts++;
    }

    public void MarkSent(string? sentMessageId, DateTimeOffset now)
    {
        Status = DeliveryStatus.Sent;
        SentMessageId = sentMessageId;
        CompletedAt = now;
        LastError = null;
        PayloadJson = NoPayload;
    }

    public void RetryAt(DateTimeOffset when, string error)
    {
        Status = DeliveryStatus.Pending;
        NextAttemptAt = when;
        LastError = Shorten(error);
    }

    /// <summary>Sends again at once to the chat's new id; false when it already moved once (then it is not followed again).</summary>
    public bool MigrateTo(string newChatId, DateTimeOffset now)
    {
        if (MigratedFromChatId is not null)
        {
            return false;
        }

        MigratedFromChatId = ChatId;
        ChatId = newChatId;
        RetryAt(now, $"chat moved to {newChatId}");
        return true;
    }

    public void MarkFailed(string error, DateTimeOffset now) => Finish(DeliveryStatus.Failed, error, now);

    public void MarkUnreachable(string reason, DateTimeOffset now) => Finish(DeliveryStatus.Unreachable, reason, now);

    public void MarkSkipped(string reason, DateTimeOffset now) => Finish(DeliveryStatus.Skipped, reason, now);

    private void Finish(DeliveryStatus status, string reason, DateTimeOffset now)
    {
        Status = status;
        LastError = Shorten(reason);
        CompletedAt = now;
        PayloadJson = NoPayload;
    }

    private static string Shorten(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
