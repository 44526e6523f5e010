using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Delivery;
using Telegram.Bot.Exceptions;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>
/// What Telegram's answers mean for the bot, described without the token: an error's text goes to logs,
/// to the outbox row and to the coordinator told of a failed cross-post, and a proxy or local Bot API
/// server may echo the request's address, which carries the token.
/// </summary>
internal static class TelegramErrors
{
    public static SendResult Classify(ApiRequestException ex, SecretRedactor redactor)
    {
        var message = redactor.Redact(ex.Message);
        return ex.ErrorCode switch
        {
            429 => new SendResult.RetryLater("429 Too Many Requests", TimeSpan.FromSeconds(ex.Parameters?.RetryAfter ?? 1)) { Cause = RetryCause.RateLimited },
            400 when ex.Parameters?.MigrateToChatId is { } moved => new SendResult.Migrated(moved.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            403 => new SendResult.Unreachable(message),
            400 when message.Contains("chat not found", StringComparison.OrdinalIgnoreCase)
                || message.Contains("user is deactivated", StringComparison.OrdinalIgnoreCase) => new SendResult.Unreachable(message),
            >= 500 => new SendResult.RetryLater($"{ex.ErrorCode} {message}"),
            _ => new SendResult.Failed($"{ex.ErrorCode} {message}"),
        };
    }

    public static bool IsNotModified(ApiRequestException ex) =>
        ex.ErrorCode == 400 && ex.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    public static bool IsUnparsableMarkup(ApiRequestException ex) =>
        ex.ErrorCode == 400 && ex.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    /// <summary>A one-line description of a failed call with every secret cut out, wherever it appears.</summary>
    public static string Describe(Exception ex, SecretRedactor redactor)
    {
        var text = $"{ex.GetType().Name}: {ex.Message}";
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            text += $" ← {inner.GetType().Name}: {inner.Message}";
        }

        return redactor.Redact(text);
    }
}
