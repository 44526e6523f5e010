using System.Text.Json;
using GenYCity.Bot.Host.Channels.Meta;
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

    private static IResult Handshake(HttpRequest request, IOptions<MessengerOptions> options) => MetaWebhook.Handshake(request, options.Value.VerifyToken!);

    private static async Task<IResult> ReceiveAsync(
        HttpContext context, IOptions<MessengerOptions> options, IOptions<WebhookOptions> webhooks, WebhookBatches batches, ILoggerFactory loggers)
    {
        var (body, refusal) = await MetaWebhook.ReadSignedAsync(context, options.Value.AppSecret!, loggers.CreateLogger(typeof(MessengerWebhook)), "Messenger");
        if (body is null)
        {
            return refusal!;
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
}
