namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// A platform's standard messaging window (Messenger's and WhatsApp's 24 hours, <see cref="ChannelTraits.MessagingWindow"/>):
/// the bot may message a person freely only within it after their last message; after that only tagged messages of a
/// few kinds (Messenger's event reminders) or the city's approved templates (WhatsApp) are allowed.
/// </summary>
public static class MessagingWindow
{
    public const string ClosedReason = "outside the person's 24-hour messaging window";

    /// <summary>True on a channel without a window, and within it on one that has one.</summary>
    public static bool IsOpen(ChannelKind channel, DateTimeOffset lastMessageAt, DateTimeOffset now) =>
        channel.Traits().MayWrite(MessagePurpose.General, lastMessageAt, now);
}
