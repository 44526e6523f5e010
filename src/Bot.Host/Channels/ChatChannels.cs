using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels.Messenger;
using GenYCity.Bot.Host.Channels.Telegram;

namespace GenYCity.Bot.Host.Channels;

/// <summary>The channels people chat with the bot on, as configuration turns them on.</summary>
public static class ChatChannels
{
    /// <summary>
    /// Telegram with a bot token; Messenger with its Page token, app secret and verify token; the console chat when
    /// neither is on. A Page with only its token gets cross-posts, but no one chats there.
    /// </summary>
    public static IReadOnlyList<ChannelKind> On(IConfiguration configuration)
    {
        var on = new List<ChannelKind>();
        if (TelegramRegistration.IsConfigured(configuration))
        {
            on.Add(ChannelKind.Telegram);
        }

        if (MessengerRegistration.ChatEnabled(configuration))
        {
            on.Add(ChannelKind.Messenger);
        }

        return on.Count > 0 ? on : [ChannelKind.Console];
    }

    /// <summary>The feeds the bot only posts to, as configuration turns them on: a Facebook Page with its token.</summary>
    public static IReadOnlyList<ChannelKind> Feeds(IConfiguration configuration) =>
        MessengerRegistration.IsConfigured(configuration) ? [ChannelKind.FacebookPage] : [];
}
