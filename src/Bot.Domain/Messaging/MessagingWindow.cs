namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// Messenger's 24-hour standard messaging window: a Page may message a person freely only within 24 hours
/// of their last message; after that only tagged messages of a few kinds are allowed (event reminders).
/// </summary>
public static class MessagingWindow
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(24);

    public const string ClosedReason = "outside Messenger's 24-hour window";

    /// <summary>True on every channel but Messenger, and on Messenger within 24 hours of the person's last message.</summary>
    public static bool IsOpen(ChannelKind channel, DateTimeOffset lastMessageAt, DateTimeOffset now) =>
        channel != ChannelKind.Messenger || now - lastMessageAt < Length;
}
