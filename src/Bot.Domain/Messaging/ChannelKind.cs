namespace GenYCity.Bot.Domain.Messaging;

/// <summary>The chat platforms the bot talks on.</summary>
public enum ChannelKind
{
    Console,
    Telegram,
    Messenger,

    /// <summary>A Facebook Page's feed: no people, only cross-posted announcements.</summary>
    FacebookPage,
}

/// <summary>What each channel can do.</summary>
public static class ChannelKinds
{
    /// <summary>Whether a sent message can be edited in place (Messenger cannot: an edit would be a new message).</summary>
    public static bool CanEditMessages(this ChannelKind channel) => channel is ChannelKind.Telegram or ChannelKind.Console;

    /// <summary>
    /// How long a button label made of user text may be: Messenger cuts titles at 20 characters; on
    /// Telegram and in the console a row's button shows about 32 before the platform cuts it. Fixed labels
    /// keep within 20 everywhere.
    /// </summary>
    public static int MaxLabelLength(this ChannelKind channel) => channel == ChannelKind.Messenger ? ButtonLabel.MaxLength : 32;
}

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
