using System.ComponentModel.DataAnnotations;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// The "WhatsApp" section: the business phone number the bot speaks for through Meta's Cloud API. The access token and
/// the app secret come from the environment. On when the token, the app secret and the verify token are set.
/// </summary>
public sealed class WhatsAppOptions : IValidatableObject
{
    public const string SectionName = "WhatsApp";
    public const string PublicGraphApi = "https://graph.facebook.com";

    public string? AccessToken { get; set; }

    public string? AppSecret { get; set; }

    public string? VerifyToken { get; set; }

    /// <summary>The business phone number's id (not the number itself), as the app's WhatsApp settings show it.</summary>
    public string? PhoneNumberId { get; set; }

    public string GraphApiBaseUrl { get; set; } = PublicGraphApi;

    public string GraphApiVersion { get; set; } = "v21.0";

    /// <summary>
    /// The city's approved templates: for each kind of message (announcement, reminder, digest, ideanews), each language's.
    /// Outside a person's 24-hour window only these go, and Meta charges for each; a kind or language without one is skipped.
    /// </summary>
    public Dictionary<string, Dictionary<string, WhatsAppTemplateSetting>> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Meta's messaging limit: how many people the number may reach with templates (business-initiated) in 24 hours. It
    /// starts at 250 and rises (2,000, 10,000, 100,000) as the number's quality allows; set it to the number's tier.
    /// </summary>
    [Range(1, 10_000_000, ErrorMessage = "WhatsApp:BusinessInitiatedPerDay must be between 1 and 10000000.")]
    public int BusinessInitiatedPerDay { get; set; } = 250;

    public bool IsOn => !string.IsNullOrWhiteSpace(AccessToken) && !string.IsNullOrWhiteSpace(AppSecret) && !string.IsNullOrWhiteSpace(VerifyToken);

    internal Meta.GraphAddress Graph => new(GraphApiBaseUrl, GraphApiVersion);

    /// <summary>The city's template for a kind of message in a language, if it has one.</summary>
    public WhatsAppTemplateSetting? Template(string kind, Language language) =>
        Templates.TryGetValue(kind, out var byLanguage) && byLanguage.TryGetValue(language.Code, out var template) && !string.IsNullOrWhiteSpace(template.Name)
            ? template
            : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(GraphApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new($"WhatsApp:GraphApiBaseUrl '{GraphApiBaseUrl}' is not an http(s) address such as {PublicGraphApi}.");
        }

        if (string.IsNullOrWhiteSpace(GraphApiVersion) || GraphApiVersion[0] != 'v')
        {
            yield return new($"WhatsApp:GraphApiVersion '{GraphApiVersion}' is not a Graph API version such as v21.0.");
        }

        if (IsOn && (string.IsNullOrWhiteSpace(PhoneNumberId) || !PhoneNumberId.All(char.IsAsciiDigit)))
        {
            yield return new("WhatsApp:PhoneNumberId must be the business phone number's numeric id (from the app's WhatsApp settings) when WhatsApp is on.");
        }

        foreach (var (kind, byLanguage) in Templates)
        {
            if (!WindowTemplate.ValueNames.TryGetValue(kind.ToLowerInvariant(), out var names))
            {
                yield return new($"WhatsApp:Templates:{kind} is not a kind of message with a template; the kinds are {string.Join(", ", WindowTemplate.Kinds)}.");
                continue;
            }

            foreach (var (language, template) in byLanguage)
            {
                var at = $"WhatsApp:Templates:{kind}:{language}";
                if (!Languages.All.Any(l => l.Code == language))
                {
                    yield return new($"{at}: '{language}' is not one of the bot's languages ({string.Join(", ", Languages.All)}).");
                }

                if (string.IsNullOrWhiteSpace(template.Name) || !template.Name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
                {
                    yield return new($"{at}:Name must be the approved template's name (lower-case letters, digits and _).");
                }

                foreach (var parameter in template.Parameters.Where(p => !names.Contains(p)))
                {
                    yield return new($"{at}:Parameters: '{parameter}' is not one of a {kind} template's values ({string.Join(", ", names)}).");
                }
            }
        }
    }
}
