using System.ComponentModel.DataAnnotations;

namespace GenYCity.Bot.Host.Translation;

/// <summary>
/// The "Translation" section: the LibreTranslate server people's texts may be translated by, and how long it is
/// waited for and left alone when it fails. No <see cref="Url"/>, no translation. The key comes from the environment.
/// </summary>
public sealed class TranslationOptions : IValidatableObject
{
    public const string SectionName = "Translation";

    /// <summary>The server's base address (http://libretranslate:5000); translation is off when unset.</summary>
    public string? Url { get; set; }

    /// <summary>The server's API key, when it asks for one; a secret.</summary>
    public string? ApiKey { get; set; }

    [Range(1, 120, ErrorMessage = "Translation:TimeoutSeconds must be between 1 and 120.")]
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>Failures in a row (errors, time-outs) after which the server is left alone for <see cref="PauseSeconds"/>.</summary>
    [Range(1, 1000, ErrorMessage = "Translation:FailuresToPause must be between 1 and 1000.")]
    public int FailuresToPause { get; set; } = 3;

    [Range(1, 86_400, ErrorMessage = "Translation:PauseSeconds must be between 1 and 86400 (a day).")]
    public int PauseSeconds { get; set; } = 60;

    public bool IsOn => !string.IsNullOrWhiteSpace(Url);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The message does not repeat the value: a mistyped address may still carry a password.
        if (IsOn && (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            yield return new("Translation:Url is not an http(s) address such as http://libretranslate:5000 (the LibreTranslate server); leave it unset to turn translation off.");
        }
    }
}
