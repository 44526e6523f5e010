using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

public static class WhatsAppRegistration
{
    private const string DashboardPublicUrl = $"{Domain.Dashboard.DashboardOptions.SectionName}:{nameof(Domain.Dashboard.DashboardOptions.PublicUrl)}";

    /// <summary>
    /// WhatsApp, through Meta's Cloud API, when WhatsApp:AccessToken, AppSecret and VerifyToken are set: people write to the
    /// business number through the webhook at /webhooks/whatsapp and are answered through the Cloud API.
    /// </summary>
    public static WebApplicationBuilder AddWhatsApp(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<WhatsAppOptions>(WhatsAppOptions.SectionName)
            // The photos people send are served to the other channels at the bot's public address, as Meta reaches its webhook.
            .Validate<IConfiguration>(
                (options, configuration) => !options.IsOn || !string.IsNullOrWhiteSpace(configuration[DashboardPublicUrl]),
                $"WhatsApp needs {DashboardPublicUrl}: the bot's public https address, where Meta posts to {WhatsAppWebhook.Path} and the photos people send are served from.");
        builder.AddChatChannel(new ChatChannel(Domain.Messaging.ChannelKind.WhatsApp, IsOn)
        {
            Secrets = sp => sp.GetRequiredService<IOptions<WhatsAppOptions>>().Value is var o ? [o.AccessToken, o.AppSecret, o.VerifyToken] : [],
            MapWebhook = app => app.MapWhatsAppWebhook(),
        });
        // The templates sent are a person's data, and kept a day, whether or not WhatsApp is on now.
        builder.Services.AddScoped<Persistence.IPersonalDataPart, WhatsAppPersonalData>();
        builder.Services.AddSingleton<Jobs.IRetentionPart, WhatsAppTemplateRetention>();
        builder.Services.AddSingleton<Jobs.IRetentionPart, WhatsAppMessagePartRetention>();
        if (!IsOn(builder.Configuration))
        {
            return builder;
        }

        // The access token travels in a header; the media addresses Meta gives are not for the log either.
        builder.Services.AddHttpClient(WhatsAppMedia.HttpClientName)
            .RemoveAllLoggers()
            .ConfigureHttpClient(http =>
            {
                http.Timeout = TimeSpan.FromSeconds(30);
                // Meta's media servers serve a file only to a client that names itself.
                http.DefaultRequestHeaders.UserAgent.ParseAdd("GenYCityBot/1.0");
            });
        builder.Services.AddSingleton<WhatsAppRecipients>();
        builder.Services.AddSingleton<WhatsAppTemplates>();
        builder.Services.AddSingleton<IWindowTemplates>(sp => sp.GetRequiredService<WhatsAppTemplates>());
        builder.Services.AddSingleton<BusinessInitiatedLimit>();
        builder.Services.AddSingleton<WhatsAppMedia>();
        builder.Services.AddSingleton<WhatsAppStatuses>();
        builder.Services.AddSingleton<IChannelSender, WhatsAppSender>();
        builder.Services.AddSingleton<IDeliveryHook, WhatsAppDeliveryHook>();
        return builder;
    }

    public static bool IsOn(IConfiguration configuration) =>
        new[] { nameof(WhatsAppOptions.AccessToken), nameof(WhatsAppOptions.AppSecret), nameof(WhatsAppOptions.VerifyToken) }
            .All(key => !string.IsNullOrWhiteSpace(configuration[$"{WhatsAppOptions.SectionName}:{key}"]));
}
