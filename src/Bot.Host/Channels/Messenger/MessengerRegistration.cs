using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Delivery;

namespace GenYCity.Bot.Host.Channels.Messenger;

public static class MessengerRegistration
{
    /// <summary>The Facebook Page, when Messenger:PageAccessToken is set: cross-posts to its feed.</summary>
    public static WebApplicationBuilder AddMessenger(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<MessengerOptions>(MessengerOptions.SectionName);
        if (!IsConfigured(builder.Configuration))
        {
            return builder;
        }

        builder.Services.AddHttpClient(FacebookPageSender.HttpClientName)
            .RemoveAllLoggers()
            .ConfigureHttpClient(http => http.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton<IChannelSender, FacebookPageSender>();
        return builder;
    }

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{MessengerOptions.SectionName}:{nameof(MessengerOptions.PageAccessToken)}"]);
}
