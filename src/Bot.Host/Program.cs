using GenYCity.Bot.Host.Channels;
using GenYCity.Bot.Host.Channels.Console;
using GenYCity.Bot.Host.Channels.Messenger;
using GenYCity.Bot.Host.Channels.Telegram;
using GenYCity.Bot.Host.Channels.WhatsApp;
using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Dispatch;
using GenYCity.Bot.Host.Feeds;
using GenYCity.Bot.Host.Health;
using GenYCity.Bot.Host.Jobs;
using GenYCity.Bot.Host.Operations;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Telemetry;
using GenYCity.Bot.Host.Translation;

// An operator's command (move-to, backup) runs instead of the bot, before any host is built.
return await Commands.RunAsync(args) ?? await StartupErrors.RunBotAsync(() => Program.Build(args));

public partial class Program
{
    /// <summary>Composes the bot. Tests call it with their own arguments and service overrides.</summary>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? overrideServices = null)
    {
        // Content root next to the binary, where appsettings.json is copied, wherever the bot is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddBotSettings();
        builder.AddTelemetry();
        builder.AddPersistence();
        builder.AddTranslation();
        builder.AddFeatures();
        builder.AddDispatch();
        builder.AddDelivery();
        builder.AddTelegram();
        builder.AddMessenger();
        builder.AddWhatsApp();
        builder.AddConsoleChat();
        builder.AddJobs();
        builder.AddWebhooks();
        builder.AddHealth();
        builder.AddDashboard();
        builder.AddFeeds();
        overrideServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapHealth();
        app.MapWebhooks();
        app.MapDashboard();
        app.MapFeeds();
        return app;
    }
}
