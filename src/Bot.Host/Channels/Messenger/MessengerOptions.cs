using System.ComponentModel.DataAnnotations;

namespace GenYCity.Bot.Host.Channels.Messenger;

/// <summary>The "Messenger" section: the Facebook Page the bot speaks for. Its secrets come from the environment.</summary>
public sealed class MessengerOptions : IValidatableObject
{
    public const string SectionName = "Messenger";
    public const string PublicGraphApi = "https://graph.facebook.com";

    public string? PageAccessToken { get; set; }

    public string? AppSecret { get; set; }

    public string? VerifyToken { get; set; }

    public string? PageId { get; set; }

    public string GraphApiBaseUrl { get; set; } = PublicGraphApi;

    public string GraphApiVersion { get; set; } = "v21.0";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(PageAccessToken);

    internal Meta.GraphAddress Graph => new(GraphApiBaseUrl, GraphApiVersion);

    /// <summary>People chat with the Page: the token, plus the app secret and verify token the webhook needs.</summary>
    public bool ChatEnabled => IsConfigured && !string.IsNullOrWhiteSpace(AppSecret) && !string.IsNullOrWhiteSpace(VerifyToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(GraphApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new($"Messenger:GraphApiBaseUrl '{GraphApiBaseUrl}' is not an http(s) address such as {PublicGraphApi}.");
        }

        if (string.IsNullOrWhiteSpace(GraphApiVersion) || GraphApiVersion[0] != 'v')
        {
            yield return new($"Messenger:GraphApiVersion '{GraphApiVersion}' is not a Graph API version such as v21.0.");
        }

        if (IsConfigured && string.IsNullOrWhiteSpace(AppSecret) != string.IsNullOrWhiteSpace(VerifyToken))
        {
            yield return new("Messenger:AppSecret and Messenger:VerifyToken go together: set both to chat on Messenger, or neither to only post to the Page.");
        }

        if (IsConfigured && (string.IsNullOrWhiteSpace(PageId) || !PageId.All(char.IsAsciiDigit)))
        {
            yield return new("Messenger:PageId must be the Facebook Page's numeric id when Messenger:PageAccessToken is set.");
        }
    }
}
