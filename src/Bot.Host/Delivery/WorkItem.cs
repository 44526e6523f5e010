using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>An outbox row claimed for sending.</summary>
internal sealed record WorkItem(long Id, ChannelKind Channel, string ChatId, DeliveryLane Lane, string PayloadJson)
{
    /// <summary>A broadcast message waits until the lanes have finished this many reply claims (<see cref="DeliveryLanes"/>).</summary>
    public long AfterReplyClaim { get; init; }

    /// <summary>Which taking of the channel's lease it was claimed under (<see cref="LeaseKeeper.Epoch"/>).</summary>
    public int Epoch { get; init; }

    /// <summary>The span that wrote it, whose trace its send continues (<see cref="OutboxRow.TraceParent"/>).</summary>
    public string? TraceParent { get; init; }

    private OutboundMessage? message;

    /// <summary>The message, read from its payload once.</summary>
    public OutboundMessage Message() => message ??= OutboxRow.ReadPayload(PayloadJson, Channel, ChatId);
}
