using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace GenYCity.Bot.Host.Channels.Telegram;

public static class TelegramRegistration
{
    /// <summary>The Telegram channel, when Telegram:BotToken is set.</summary>
    public static WebApplicationBuilder AddTelegram(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<TelegramOptions>(TelegramOptions.SectionName);
        builder.AddChatChannel(new ChatChannel(Domain.Messaging.ChannelKind.Telegram, IsConfigured)
        {
            Secrets = sp => Secrets(sp.GetRequiredService<IOptions<TelegramOptions>>().Value),
            MapWebhook = app => app.MapTelegramWebhook(),
        });
        if (!IsConfigured(builder.Configuration))
        {
            return builder;
        }

        // Telegram.Bot puts the token in every request URL: this client must never log its requests.
        builder.Services.AddHttpClient(nameof(TelegramBotClient))
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .ConfigureHttpClient(http => http.Timeout = TimeSpan.FromSeconds(90));
        builder.Services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(TelegramBotClient));
            return CreateClient(options.BotToken!, options.ApiBaseUrl, http);
        });
        builder.Services.AddSingleton<TelegramBotIdentity>();
        builder.Services.AddSingleton<IChannelSender, TelegramSender>();
        builder.Services.AddSingleton<TelegramCommandMenu>();
        builder.Services.AddSingleton<TelegramUpdateHandler>();
        if (IsWebhookMode(builder.Configuration))
        {
            builder.Services.AddHostedService<TelegramWebhookSetup>();
        }
        else
        {
            builder.Services.AddSingleton<TelegramUpdateFeed>();
            builder.Services.AddHostedService<TelegramPolling>();
        }

        return builder;
    }

    /// <summary>
    /// The client, with the library's own 429 retries off: it would sleep inside the call and hold up
    /// every message behind it, while the delivery worker can reschedule just that one.
    /// </summary>
    public static TelegramBotClient CreateClient(string token, string baseUrl, HttpClient http) =>
        new(new TelegramBotClientOptions(token, baseUrl) { RetryThreshold = 0 }, http);

    /// <summary>The bot token, its secret half (an address may carry it encoded) and the webhook secret.</summary>
    internal static IEnumerable<string?> Secrets(TelegramOptions options)
    {
        var token = options.BotToken;
        return [token, token?.Contains(':', StringComparison.Ordinal) == true ? token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..] : null, options.WebhookSecret];
    }

    public static bool IsWebhookMode(IConfiguration configuration) =>
        string.Equals(configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.Mode)}"], "Webhook", StringComparison.OrdinalIgnoreCase);

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.BotToken)}"]);
}
