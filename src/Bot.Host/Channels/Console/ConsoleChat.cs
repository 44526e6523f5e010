using System.Globalization;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Dispatch;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>
/// A chat in the terminal, for trying the bot with no token: each line typed is one inbound message,
/// a number or a button's label presses that button.
/// </summary>
internal sealed class ConsoleChat(
    ConsoleTerminal terminal,
    ConsoleButtons buttons,
    Dispatcher dispatcher,
    IOptions<ConsoleOptions> options,
    ILogger<ConsoleChat> logger) : BackgroundService
{
    public const string Greeting = "No Telegram token is configured, so this is the local console chat: type /start to begin, Ctrl+C to quit.";

    private readonly string session = Guid.NewGuid().ToString("N")[..8];
    private int lineNumber;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await terminal.Output.WriteLineAsync(Greeting.AsMemory(), stoppingToken);
        await terminal.Output.FlushAsync(stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Console.In reads synchronously even through ReadLineAsync, and cannot be cancelled: read on
                // the thread pool and stop waiting at shutdown, so Ctrl+C does not wait for Enter.
                var line = await Task.Run(() => terminal.Input.ReadLineAsync(stoppingToken).AsTask(), stoppingToken).WaitAsync(stoppingToken);
                if (line is null)
                {
                    logger.LogInformation("Console input closed; the console chat stops");
                    return;
                }

                if (!string.IsNullOrWhiteSpace(line))
                {
                    await dispatcher.DispatchAsync(ToInbound(line), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C.
        }
    }

    private InboundMessage ToInbound(string line)
    {
        var userId = options.Value.UserId;
        var key = $"console:{session}:{Interlocked.Increment(ref lineNumber).ToString(CultureInfo.InvariantCulture)}";
        var pressed = line.TrimStart().StartsWith('/') ? null : buttons.Match(line);
        return new InboundMessage
        {
            Channel = ChannelKind.Console,
            ChatId = userId,
            UserId = userId,
            UpdateKey = key,
            Kind = pressed is null ? InboundKind.Text : InboundKind.Button,
            Text = pressed is null ? line.Trim() : null,
            Payload = pressed?.Button.Payload,
            SourceMessageId = pressed?.MessageId,
            LanguageCode = options.Value.LanguageCode,
        };
    }
}
