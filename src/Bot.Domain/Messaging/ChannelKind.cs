namespace GenYCity.Bot.Domain.Messaging;

/// <summary>The chat platforms the bot talks on.</summary>
public enum ChannelKind
{
    Console,
    Telegram,
    Messenger,

    /// <summary>A Facebook Page's feed: no people, only cross-posted announcements.</summary>
    FacebookPage,

    /// <summary>WhatsApp, through Meta's Cloud API: one business phone number.</summary>
    WhatsApp,
}
