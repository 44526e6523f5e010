using System.Globalization;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Dispatch;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>
/// A chat in the terminal, for trying the bot with no token: each line typed is one inbound message, or the
/// press of a button (<see cref="ConsoleButtons"/> says which lines are which).
/// </summary>
internal sealed class ConsoleChat(
    ConsoleTerminal terminal,
    ConsoleButtons buttons,
    ConsoleLanguage language,
    ConsoleLog log,
    Dispatcher dispatcher,
    IOptions<ConsoleOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<ConsoleChat> logger) : BackgroundService
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp"];

    private readonly string session = Guid.NewGuid().ToString("N")[..8];
    private int lineNumber;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Greet once the bot is listening, so a second console started after the greeting finds this
        // one's address taken and picks another.
        await WhenStartedAsync(stoppingToken);
        await SayAsync((await language.TextsAsync(stoppingToken)).Greeting(log.Path), stoppingToken);

        // From here on the terminal is the chat: the log goes to its file only.
        log.ChatBegan();
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
                    await TakeAsync(line, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C.
        }
    }

    private async Task TakeAsync(string line, CancellationToken ct)
    {
        buttons.Said();
        var typed = line.TrimStart().StartsWith('/') ? new ConsoleButtons.Typed.Text(null, null) : buttons.Read(line);
        switch (typed)
        {
            case ConsoleButtons.Typed.NoSuchButton missing:
                var texts = await language.TextsAsync(ct);
                await SayAsync(missing.Buttons is { } latest ? texts.NoSuchButton(missing.Typed, latest) : texts.NoButtons(missing.Typed), ct);
                return;
            case ConsoleButtons.Typed.Text { NumberOf: { } button, Name: { } name }:
                await SayAsync((await language.TextsAsync(ct)).TakenAsAnswer(line.Trim(), button.Label, name), ct);
                break;
        }

        await dispatcher.DispatchAsync(ToInbound(line, typed is ConsoleButtons.Typed.Press press ? (press.MessageId, press.Button) : null), ct);
    }

    private async Task SayAsync(string text, CancellationToken ct)
    {
        await terminal.Output.WriteLineAsync(text.AsMemory(), ct);
        await terminal.Output.FlushAsync(ct);
    }

    private async Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    private InboundMessage ToInbound(string line, (string MessageId, Button Button)? pressed)
    {
        var userId = options.Value.UserId;
        var key = $"console:{session}:{Interlocked.Increment(ref lineNumber).ToString(CultureInfo.InvariantCulture)}";
        if (pressed is { Button.Kind: ButtonKind.StartLink } link)
        {
            // A start link opens the chat with "/start payload", as on Telegram.
            line = $"/start {link.Button.Payload}";
            pressed = null;
        }

        var photo = pressed is null ? ImageFile(line) : null;
        return new InboundMessage
        {
            Channel = ChannelKind.Console,
            ChatId = userId,
            UserId = userId,
            UpdateKey = key,
            Kind = pressed is not null ? InboundKind.Button : photo is not null ? InboundKind.Photo : InboundKind.Text,
            Text = pressed is null && photo is null ? line.Trim() : null,
            Payload = pressed?.Button.Payload,
            PhotoRef = photo,
            SourceMessageId = pressed?.MessageId,
            LanguageCode = options.Value.ReportedLanguage,
            DisplayName = userId,
        };
    }

    /// <summary>The full path when the line names an existing image file: the console's way to send a photo.</summary>
    private static string? ImageFile(string line)
    {
        var path = line.Trim().Trim('"', '\'');
        return ImageExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()) && File.Exists(path) ? Path.GetFullPath(path) : null;
    }
}
