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

        if (!string.Equals(Mode, "Polling", StringComparison.OrdinalIgnoreCase))
        {
            yield return new($"Telegram:Mode '{Mode}' is not supported by this version; use Polling.");
        }
    }

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{30,}$")]
    private static partial Regex TokenShape();
}
