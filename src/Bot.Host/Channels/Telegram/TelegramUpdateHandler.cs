using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Dispatch;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>
/// Telegram updates, however they arrived (polling or webhook): a button press acknowledged, and the update
/// read into the bot's terms. An update that cannot be mapped (a message without a chat, say) is logged and
/// passed over, so it cannot stop the updates behind it.
/// </summary>
internal sealed class TelegramUpdateHandler(ITelegramBotClient bot, Dispatcher dispatcher, TelegramBotIdentity identity, SecretRedactor redactor, ILogger<TelegramUpdateHandler> logger)
{
    /// <summary>How long acknowledging a press may take; the answer itself is in the outbox either way.</summary>
    public static readonly TimeSpan AcknowledgeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The updates of one getUpdates call, dispatched together in order; false for each that could not be
    /// recorded and must be offered again.
    /// </summary>
    public async Task<IReadOnlyList<bool>> HandleAsync(IReadOnlyList<Update> updates, CancellationToken ct)
    {
        var read = updates.Select(Read).ToList();
        var messages = read.OfType<Domain.Messaging.InboundMessage>().ToList();
        var outcomes = new Queue<DispatchOutcome>(messages.Count == 0 ? [] : await dispatcher.DispatchAsync(messages, ct));
        return read.Select(inbound => inbound is null || outcomes.Dequeue() != DispatchOutcome.RetryLater).ToList();
    }

    /// <summary>The update in the bot's terms, or null when there is nothing for the bot in it.</summary>
    public Domain.Messaging.InboundMessage? Read(Update update)
    {
        if (update.CallbackQuery is { Id: { } queryId })
        {
            // Not awaited: a slow Bot API must not hold up everyone's next update.
            _ = AnswerButtonAsync(queryId);
        }

        try
        {
            return TelegramUpdates.ToInbound(update, identity.Username);
        }
        catch (Exception ex) when (ex is NullReferenceException or InvalidOperationException or ArgumentException or FormatException)
        {
            logger.LogWarning("Skipping Telegram update {UpdateId}: it has no shape the bot can read ({Error})", update.Id, ex.GetType().Name);
            return null;
        }
    }

    /// <summary>Stops the button's spinner. It is an acknowledgement, not a message, so it skips the outbox.</summary>
    private async Task AnswerButtonAsync(string queryId)
    {
        using var timeout = new CancellationTokenSource(AcknowledgeTimeout);
        try
        {
            await bot.AnswerCallbackQuery(queryId, cancellationToken: timeout.Token);
        }
        catch (Exception ex)
        {
            logger.LogDebug("answerCallbackQuery failed ({Error}); the answer itself is in the outbox", TelegramErrors.Describe(ex, redactor));
        }
    }
}
