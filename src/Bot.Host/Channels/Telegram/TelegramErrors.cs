using GenYCity.Bot.Host.Delivery;
using Telegram.Bot.Exceptions;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>What Telegram's answers mean for the bot, and how to describe them in a log without the token.</summary>
internal static class TelegramErrors
{
    public static SendResult Classify(ApiRequestException ex) => ex.ErrorCode switch
    {
        429 => new SendResult.RetryLater("429 Too Many Requests", TimeSpan.FromSeconds(ex.Parameters?.RetryAfter ?? 1)),
        400 when ex.Parameters?.MigrateToChatId is { } moved => new SendResult.Migrated(moved.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        403 => new SendResult.Unreachable(ex.Message),
        400 when ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("user is deactivated", StringComparison.OrdinalIgnoreCase) => new SendResult.Unreachable(ex.Message),
        >= 500 => new SendResult.RetryLater($"{ex.ErrorCode} {ex.Message}"),
        _ => new SendResult.Failed($"{ex.ErrorCode} {ex.Message}"),
    };

    public static bool IsNotModified(ApiRequestException ex) =>
        ex.ErrorCode == 400 && ex.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    public static bool IsUnparsableMarkup(ApiRequestException ex) =>
        ex.ErrorCode == 400 && ex.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    /// <summary>A one-line description of a failed call with the token cut out, wherever it appears.</summary>
    public static string Describe(Exception ex, string? token)
    {
        var text = $"{ex.GetType().Name}: {ex.Message}";
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            text += $" ← {inner.GetType().Name}: {inner.Message}";
        }

        return string.IsNullOrEmpty(token) ? text : text.Replace(token, "[token]", StringComparison.Ordinal);
    }
}
