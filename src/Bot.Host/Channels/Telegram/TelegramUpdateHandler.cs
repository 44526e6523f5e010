using GenYCity.Bot.Host.Dispatch;
using GenYCity.Bot.Host.Configuration;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>
/// One Telegram update, however it arrived (polling or webhook): a button press acknowledged, and the
/// update dispatched. An update that cannot be mapped (a message without a chat, say) is logged and
/// passed over, so it cannot stop the updates behind it.
/// </summary>
internal sealed class TelegramUpdateHandler(ITelegramBotClient bot, Dispatcher dispatcher, TelegramBotIdentity identity, SecretRedactor redactor, ILogger<TelegramUpdateHandler> logger)
{
    /// <summary>How long acknowledging a press may take; the answer itself is in the outbox either way.</summary>
    public static readonly TimeSpan AcknowledgeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>False when the update could not be recorded and must be offered again.</summary>
    public async Task<bool> HandleAsync(Update update, CancellationToken ct)
    {
        if (update.CallbackQuery is { Id: { } queryId })
        {
            // Not awaited: a slow Bot API must not hold up everyone's next update.
            _ = AnswerButtonAsync(queryId);
        }

        Domain.Messaging.InboundMessage? inbound;
        try
        {
            inbound = TelegramUpdates.ToInbound(update, identity.Username);
        }
        catch (Exception ex) when (ex is NullReferenceException or InvalidOperationException or ArgumentException or FormatException)
        {
            logger.LogWarning("Skipping Telegram update {UpdateId}: it has no shape the bot can read ({Error})", update.Id, ex.GetType().Name);
            return true;
        }

        return inbound is null || await dispatcher.DispatchAsync(inbound, ct) != DispatchOutcome.RetryLater;
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
