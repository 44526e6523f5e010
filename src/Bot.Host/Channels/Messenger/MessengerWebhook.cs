using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GenYCity.Bot.Host.Dispatch;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.Messenger;

/// <summary>
/// /webhooks/messenger. GET is Facebook's subscription handshake. POST carries messages, signed with
/// the app secret (X-Hub-Signature-256, HMAC-SHA256 of the raw body, compared in constant time); an
/// unsigned or wrongly signed body is refused before it is read as JSON. Each message goes through the
/// dispatcher before the 200, so an acknowledged message is never lost; redeliveries are recognised by
/// their message id and skipped.
/// </summary>
public static class MessengerWebhook
{
    public const string Path = "/webhooks/messenger";

    public static WebApplication MapMessengerWebhook(this WebApplication app)
    {
        // Read from configuration: the options are validated when the bot starts, not while it is composed.
        if (!MessengerRegistration.ChatEnabled(app.Configuration))
        {
            return app;
        }

        app.MapGet(Path, Handshake);
        app.MapPost(Path, ReceiveAsync);
        return app;
    }

    private static IResult Handshake(HttpRequest request, IOptions<MessengerOptions> options)
    {
        var mode = request.Query["hub.mode"].ToString();
        var token = request.Query["hub.verify_token"].ToString();
        var challenge = request.Query["hub.challenge"].ToString();
        return mode == "subscribe" && Same(token, options.Value.VerifyToken!) && challenge.Length > 0
            ? Results.Text(challenge)
            : Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext context, IOptions<MessengerOptions> options, IOptions<WebhookOptions> webhooks, WebhookBatches batches, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessengerWebhook));
        if (context.Request.ContentLength > Webhooks.MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!Webhooks.IsJson(context.Request))
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(context.Request, context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            return Results.StatusCode(ex.StatusCode);
        }

        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!SignatureMatches(context.Request.Headers["X-Hub-Signature-256"].ToString(), body, options.Value.AppSecret!))
        {
            logger.LogWarning("Refused a Messenger webhook call without a valid signature");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        IReadOnlyList<Domain.Messaging.InboundMessage>? messages;
        try
        {
            using var json = JsonDocument.Parse(body);
            messages = MessengerUpdates.Read(json.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON, or text that is not Unicode (invalid UTF-8, a lone surrogate): nothing to read.
            messages = null;
        }

        if (messages is null)
        {
            return Results.BadRequest();
        }

        var handled = await Webhooks.WithinDeadlineAsync(
            webhooks.Value,
            async ct => messages.Count == 0 || (await batches.DispatchAsync(messages, ct)).All(outcome => outcome != DispatchOutcome.RetryLater),
            context.RequestAborted);

        // Facebook retries a call that fails; the messages already handled are skipped then.
        return handled ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The raw body, or null when it is over the limit.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > Webhooks.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
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

    /// <summary>Compares two secrets in time that does not depend on where they differ.</summary>
    public static bool Same(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
