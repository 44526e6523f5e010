namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// A platform's standard messaging window (Messenger's 24 hours, <see cref="ChannelTraits.MessagingWindow"/>): a
/// Page may message a person freely only within it after their last message; after that only tagged messages of a
/// few kinds are allowed (event reminders).
/// </summary>
public static class MessagingWindow
{
    public const string ClosedReason = "outside Messenger's 24-hour window";

    /// <summary>True on a channel without a window, and within it on one that has one.</summary>
    public static bool IsOpen(ChannelKind channel, DateTimeOffset lastMessageAt, DateTimeOffset now) =>
        channel.Traits().MayWrite(MessagePurpose.General, lastMessageAt, now);
}
