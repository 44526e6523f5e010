namespace GenYCity.Bot.Domain.Messaging;

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
