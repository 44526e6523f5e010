using GenYCity.Bot.Host.Channels.Telegram;
using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Logging.Console;

namespace GenYCity.Bot.Host.Channels.Console;

public static class ConsoleRegistration
{
    /// <summary>The local console chat, when no chat platform (Telegram, Messenger) is configured.</summary>
    public static WebApplicationBuilder AddConsoleChat(this WebApplicationBuilder builder)
    {
        if (TelegramRegistration.IsConfigured(builder.Configuration) || Messenger.MessengerRegistration.ChatEnabled(builder.Configuration))
        {
            return builder;
        }

        builder.Services.AddValidatedOptions<ConsoleOptions>(ConsoleOptions.SectionName);
        builder.Services.AddSingleton(_ => ConsoleTerminal.System());
        builder.Services.AddSingleton<ConsoleButtons>();
        builder.Services.AddSingleton<IChannelSender, ConsoleSender>();
        builder.Services.AddHostedService<ConsoleChat>();

        // The terminal is the chat now: only warnings and errors may interrupt it.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(level => level >= LogLevel.Warning);
        return builder;
    }
}
