using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.Messenger;

public static class MessengerRegistration
{
    /// <summary>
    /// The Facebook Page, when Messenger:PageAccessToken is set: cross-posts to its feed; with the app secret
    /// and verify token also set, people chat with the bot on Messenger through the webhook and the Send API.
    /// </summary>
    public static WebApplicationBuilder AddMessenger(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<MessengerOptions>(MessengerOptions.SectionName);
        // The Page's feed, cross-posted to with the Page token alone; the chat, with the app secret and verify token too.
        builder.AddChatChannel(new ChatChannel(Domain.Messaging.ChannelKind.FacebookPage, IsConfigured)
        {
            Secrets = sp => sp.GetRequiredService<IOptions<MessengerOptions>>().Value is var o ? [o.PageAccessToken, o.AppSecret, o.VerifyToken] : [],
        });
        builder.AddChatChannel(new ChatChannel(Domain.Messaging.ChannelKind.Messenger, ChatEnabled) { MapWebhook = app => app.MapMessengerWebhook() });
        if (!IsConfigured(builder.Configuration))
        {
            return builder;
        }

        builder.Services.AddHttpClient(FacebookPageSender.HttpClientName)
            .RemoveAllLoggers()
            .ConfigureHttpClient(http => http.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton<IChannelSender, FacebookPageSender>();
        if (ChatEnabled(builder.Configuration))
        {
            builder.Services.AddSingleton<IChannelSender, MessengerSender>();
            builder.Services.AddHostedService<MessengerProfile>();
        }

        return builder;
    }

    public static bool ChatEnabled(IConfiguration configuration) =>
        IsConfigured(configuration)
        && !string.IsNullOrWhiteSpace(configuration[$"{MessengerOptions.SectionName}:{nameof(MessengerOptions.AppSecret)}"])
        && !string.IsNullOrWhiteSpace(configuration[$"{MessengerOptions.SectionName}:{nameof(MessengerOptions.VerifyToken)}"]);

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{MessengerOptions.SectionName}:{nameof(MessengerOptions.PageAccessToken)}"]);
}
