using System.Security.Cryptography;
using System.Text;

namespace GenYCity.Bot.Host.Channels.Meta;

/// <summary>
/// What Meta's webhooks (Messenger's and WhatsApp's) share: the GET subscription handshake with the verify token, and
/// each POST's body read raw, within <see cref="Webhooks.MaxBodyBytes"/>, and refused unless it is JSON signed with the
/// app secret (X-Hub-Signature-256, HMAC-SHA256 of the raw body, compared in constant time) before anything reads it.
/// </summary>
internal static class MetaWebhook
{
    public const string SignatureHeader = "X-Hub-Signature-256";

    /// <summary>Echoes hub.challenge when hub.mode is subscribe and hub.verify_token is the verify token; 403 otherwise.</summary>
    public static IResult Handshake(HttpRequest request, string verifyToken)
    {
        var mode = request.Query["hub.mode"].ToString();
        var token = request.Query["hub.verify_token"].ToString();
        var challenge = request.Query["hub.challenge"].ToString();
        return mode == "subscribe" && Webhooks.Same(token, verifyToken) && challenge.Length > 0
            ? Results.Text(challenge)
            : Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    /// <summary>The raw body of a signed JSON call, or the answer that refuses it (413, 415, 403) before it is read as JSON.</summary>
    public static async Task<(byte[]? Body, IResult? Refusal)> ReadSignedAsync(HttpContext context, string appSecret, ILogger logger, string platform)
    {
        if (context.Request.ContentLength > Webhooks.MaxBodyBytes)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        if (!Webhooks.IsJson(context.Request))
        {
            return (null, Results.StatusCode(StatusCodes.Status415UnsupportedMediaType));
        }

        byte[]? body;
        try
        {
            body = await Webhooks.ReadAtMostAsync(context.Request.Body, Webhooks.MaxBodyBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            return (null, Results.StatusCode(ex.StatusCode));
        }

        if (body is null)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        if (!SignatureMatches(context.Request.Headers[SignatureHeader].ToString(), body, appSecret))
        {
            logger.LogWarning("Refused a {Platform} webhook call without a valid signature", platform);
            return (null, Results.StatusCode(StatusCodes.Status403Forbidden));
        }

        return (body, null);
    }

    public static bool SignatureMatches(string header, byte[] body, string appSecret)
    {
        const string prefix = "sha256=";
        if (!header.StartsWith(prefix, StringComparison.Ordinal) || header.Length != prefix.Length + 64)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
