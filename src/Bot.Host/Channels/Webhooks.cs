using GenYCity.Bot.Host.Channels.Messenger;
using GenYCity.Bot.Host.Channels.Telegram;

namespace GenYCity.Bot.Host.Channels;

/// <summary>The platforms' webhooks: their endpoints, and the limits every request body meets first.</summary>
public static class Webhooks
{
    /// <summary>Platform webhook bodies are small; the server refuses anything over this with 413.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);
        return builder;
    }

    public static WebApplication MapWebhooks(this WebApplication app) => app.MapTelegramWebhook().MapMessengerWebhook();

    /// <summary>Both platforms post JSON; anything else is refused before it is read.</summary>
    public static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && type.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
