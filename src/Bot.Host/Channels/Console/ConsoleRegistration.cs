using System.Net;
using System.Net.Sockets;
using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Logging.Console;

namespace GenYCity.Bot.Host.Channels.Console;

public static class ConsoleRegistration
{
    /// <summary>The local console chat, when no chat platform (Telegram, Messenger) is configured.</summary>
    public static WebApplicationBuilder AddConsoleChat(this WebApplicationBuilder builder)
    {
        if (!ChatChannels.On(builder).Contains(Domain.Messaging.ChannelKind.Console))
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
        // The keys kept unencrypted in the database are a choice the README explains, not news for the chat.
        builder.Logging.AddFilter<ConsoleLoggerProvider>("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);

        // A second console on this machine (another person on the same database) finds the first one's
        // address taken; with no webhook to serve, any free port will do for /health.
        if (AddressTaken(builder.Configuration["Urls"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }

        return builder;
    }

    private static bool AddressTaken(string? urls)
    {
        foreach (var url in (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parsed = BindingAddress.Parse(url);
            if (parsed.Port <= 0)
            {
                continue;
            }

            var address = IPAddress.TryParse(parsed.Host, out var ip) ? ip : parsed.Host is "localhost" ? IPAddress.Loopback : IPAddress.Any;
            try
            {
                using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                probe.Bind(new IPEndPoint(address, parsed.Port));
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return true;
            }
        }

        return false;
    }
}
