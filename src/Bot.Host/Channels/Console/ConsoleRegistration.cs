using System.Net;
using System.Net.Sockets;
using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.Extensions.Logging.Console;

namespace GenYCity.Bot.Host.Channels.Console;

public static class ConsoleRegistration
{
    private const string DashboardPublicUrl = $"{Domain.Dashboard.DashboardOptions.SectionName}:{nameof(Domain.Dashboard.DashboardOptions.PublicUrl)}";

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
        builder.Services.AddSingleton<ConsoleLanguage>();
        builder.Services.AddSingleton<IChannelSender, ConsoleSender>();
        builder.Services.AddHostedService<ConsoleChat>();

        // The terminal is the chat: the log goes to a file, and only warnings the operator must see at start
        // (and a failure that stops the bot) to standard error.
        var log = new ConsoleLog(LogFile(builder.Configuration));
        // Made by a factory, so the container closes the file when the bot stops (ConsoleChat asks for it, so it is made).
        builder.Services.AddSingleton(_ => log);
        builder.Logging.AddProvider(log);
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>((category, level) =>
            log.ShowsInTerminal(level)
            // The keys kept unencrypted in the database are a choice docs/features.md explains, not news for the chat.
            && (level >= LogLevel.Error || category != "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager"));

        // A second console on this machine (another person on the same database) finds the first one's
        // address taken; with no webhook to serve, any free port will do for /health.
        var taken = AddressTaken(builder.Configuration["Urls"]);
        if (taken)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }

        // Trying the bot on this machine includes its dashboard: with no address set, it is the bot's own, when the bot
        // listens on this machine only and at a port of its own (not a second console's, whose port is chosen later).
        if (!taken && string.IsNullOrWhiteSpace(builder.Configuration[DashboardPublicUrl]) && LocalAddress(builder.Configuration["Urls"]) is { } local)
        {
            builder.Configuration[DashboardPublicUrl] = local;
        }

        return builder;
    }

    /// <summary>The bot's address when every address it listens at is http on this machine with a port of its own; else null.</summary>
    private static string? LocalAddress(string? urls)
    {
        var all = (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null)
            .ToList();
        return all.Count > 0 && all.All(url => url is { Scheme: "http", IsLoopback: true, IsDefaultPort: false } && url.Port > 0)
            ? all[0]!.GetLeftPart(UriPartial.Authority)
            : null;
    }

    /// <summary>Console:LogFile, or genycity-{user}.log beside the SQLite database (in the working folder's "data" otherwise).</summary>
    private static string LogFile(ConfigurationManager configuration)
    {
        if (configuration[$"{ConsoleOptions.SectionName}:{nameof(ConsoleOptions.LogFile)}"] is { Length: > 0 } configured)
        {
            return configured;
        }

        string? database = null;
        try
        {
            database = new DatabaseOptions
            {
                Bot = configuration.GetConnectionString("Bot") ?? DatabaseOptions.DefaultConnectionString,
                Provider = configuration[DatabaseOptions.ProviderKey],
            }.DatabaseFile();
        }
        catch (ArgumentException)
        {
            // A connection string that cannot be read is reported at start, with the other settings.
        }

        var user = configuration[$"{ConsoleOptions.SectionName}:{nameof(ConsoleOptions.UserId)}"] is { Length: > 0 } id ? id : new ConsoleOptions().UserId;
        return ConsoleLog.FileFor(Path.GetDirectoryName(database) ?? Path.GetFullPath("data"), user);
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
