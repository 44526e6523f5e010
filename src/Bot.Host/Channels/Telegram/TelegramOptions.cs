using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>The "Telegram" section. Without a token the bot runs the console chat instead.</summary>
public sealed partial class TelegramOptions : IValidatableObject
{
    public const string SectionName = "Telegram";
    public const string PublicApiBaseUrl = "https://api.telegram.org";

    /// <summary>From BotFather; set it as the environment variable Telegram__BotToken or a user secret, never in a file.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Bot API server: the public one, a local Bot API server, or a test server.</summary>
    public string ApiBaseUrl { get; set; } = PublicApiBaseUrl;

    public string Mode { get; set; } = "Polling";

    /// <summary>How long one getUpdates call waits for news.</summary>
    [Range(0, 50, ErrorMessage = "Telegram:PollingTimeoutSeconds must be between 0 and 50.")]
    public int PollingTimeoutSeconds { get; set; } = 30;

    public string? WebhookUrl { get; set; }

    public string? WebhookSecret { get; set; }

    public string? AnnouncementChannel { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BotToken);

    public bool IsPolling => string.Equals(Mode, "Polling", StringComparison.OrdinalIgnoreCase);

    public bool IsWebhook => string.Equals(Mode, "Webhook", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && !TokenShape().IsMatch(BotToken!))
        {
            // The value itself is never repeated: it is a secret even when mistyped.
            yield return new("Telegram:BotToken does not look like a bot token (expected the form 123456:ABC-DEF… that BotFather gives).");
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new($"Telegram:ApiBaseUrl '{ApiBaseUrl}' is not an http(s) address such as {PublicApiBaseUrl}.");
        }

        if (!IsPolling && !IsWebhook)
        {
            yield return new($"Telegram:Mode '{Mode}' is not a mode; use Polling or Webhook.");
        }

        if (IsConfigured && IsWebhook)
        {
            if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var hook) || hook.Scheme != Uri.UriSchemeHttps)
            {
                yield return new("Telegram:WebhookUrl must be the https address Telegram posts to (ending in /webhooks/telegram) in Webhook mode.");
            }

            if (WebhookSecret is null || !SecretShape().IsMatch(WebhookSecret))
            {
                // Not repeated either: it is a secret.
                yield return new("Telegram:WebhookSecret must be 16 to 256 characters of A-Z, a-z, 0-9, _ and - in Webhook mode.");
            }
        }
    }

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{30,}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{16,256}$")]
    private static partial Regex SecretShape();
}
