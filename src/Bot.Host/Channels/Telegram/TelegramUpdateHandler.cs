using GenYCity.Bot.Host.Dispatch;
using GenYCity.Bot.Host.Configuration;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>One Telegram update, however it arrived (polling or webhook): dispatched, and a button press acknowledged.</summary>
internal sealed class TelegramUpdateHandler(ITelegramBotClient bot, Dispatcher dispatcher, TelegramBotIdentity identity, SecretRedactor redactor, ILogger<TelegramUpdateHandler> logger)
{
    /// <summary>False when the update could not be recorded and must be offered again.</summary>
    public async Task<bool> HandleAsync(Update update, CancellationToken ct)
    {
        var inbound = TelegramUpdates.ToInbound(update, identity.Username);
        if (inbound is not null && await dispatcher.DispatchAsync(inbound, ct) == DispatchOutcome.RetryLater)
        {
            return false;
        }

        if (update.CallbackQuery is { } query)
        {
            await AnswerButtonAsync(query, ct);
        }

        return true;
    }

    /// <summary>Stops the button's spinner. It is an acknowledgement, not a message, so it skips the outbox.</summary>
    private async Task AnswerButtonAsync(CallbackQuery query, CancellationToken ct)
    {
        try
        {
            await bot.AnswerCallbackQuery(query.Id, cancellationToken: ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogDebug("answerCallbackQuery failed ({Error}); the answer itself is in the outbox", TelegramErrors.Describe(ex, redactor));
        }
    }
}
