using GenYCity.Bot.Host.Health;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Configuration;

/// <summary>
/// Cuts every configured secret out of a text bound for a log, the database or a person: each channel's
/// (<see cref="Channels.ChatChannel.Secrets"/>: the bot token and its secret half, as an address may carry it
/// encoded, the webhook secret, the Page token, the app secret, the verify token), the health token and the translation
/// service's key. Platforms and proxies echo request addresses in their
/// errors, and the Bot API's address carries the token.
/// </summary>
public sealed class SecretRedactor(IEnumerable<Channels.ChatChannel> channels, IServiceProvider services, IOptions<HealthOptions> health, IOptions<Translation.TranslationOptions> translation)
{
    public const string Mark = "[secret]";

    private readonly Lazy<string[]> secrets = new(() =>
    {
        // Each channel's own (the bot token and its secret half, the webhook secret, the Page token…), the health token and the translation key.
        var all = channels.SelectMany(c => c.Secrets(services)).Append(health.Value.Token).Append(translation.Value.ApiKey);

        // Longest first, so the whole token goes before its half would leave the bot id and a colon.
        return all.Where(s => s is { Length: >= 6 }).Select(s => s!).Distinct().OrderByDescending(s => s.Length).ToArray();
    });

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var secret in secrets.Value)
        {
            text = text.Replace(secret, Mark, StringComparison.Ordinal);
        }

        return text;
    }
}
