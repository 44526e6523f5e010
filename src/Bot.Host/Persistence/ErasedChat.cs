namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// An erased chat, for the minutes a message claimed before the erasure could still be waiting in some
/// instance's pump: written in the erasure's own transaction, so every instance sharing the database learns
/// of it (<see cref="ErasureWatch"/>), and removed after <see cref="Erasures.Remembered"/>.
/// </summary>
public sealed class ErasedChat(Domain.Messaging.ChannelKind channel, string chatId, long lastDeliveryId, DateTimeOffset erasedAt)
{
    public Domain.Messaging.ChannelKind Channel { get; private set; } = channel;

    public string ChatId { get; private set; } = chatId;

    public long LastDeliveryId { get; private set; } = lastDeliveryId;

    public DateTimeOffset ErasedAt { get; private set; } = erasedAt;
}
