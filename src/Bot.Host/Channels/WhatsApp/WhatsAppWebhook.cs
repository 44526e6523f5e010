using System.Text.Json;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels.Meta;
using GenYCity.Bot.Host.Dispatch;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// /webhooks/whatsapp. GET is Meta's subscription handshake. POST carries messages and delivery statuses, signed with
/// the app secret and refused unsigned before anything reads them (as Messenger's). A person's photos are downloaded
/// through the Graph API first; then each message goes through the dispatcher before the 200, so an acknowledged
/// message is never lost, and a redelivery is recognised by its message id and skipped. Failed statuses are recorded
/// against the messages they are about.
/// </summary>
public static class WhatsAppWebhook
{
    public const string Path = "/webhooks/whatsapp";

    public static WebApplication MapWhatsAppWebhook(this WebApplication app)
    {
        // Read from configuration: the options are validated when the bot starts, not while it is composed.
        if (!WhatsAppRegistration.IsOn(app.Configuration))
        {
            return app;
        }

        app.MapGet(Path, (HttpRequest request, IOptions<WhatsAppOptions> options) => MetaWebhook.Handshake(request, options.Value.VerifyToken!));
        app.MapPost(Path, ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext context,
        IOptions<WhatsAppOptions> whatsApp,
        IOptions<WebhookOptions> webhooks,
        WebhookBatches batches,
        WhatsAppMedia media,
        WhatsAppStatuses statuses,
        ILoggerFactory loggers)
    {
        var options = whatsApp.Value;
        var (body, refusal) = await MetaWebhook.ReadSignedAsync(context, options.AppSecret!, loggers.CreateLogger(typeof(WhatsAppWebhook)), "WhatsApp");
        if (body is null)
        {
            return refusal!;
        }

        (IReadOnlyList<InboundMessage> Messages, IReadOnlyList<WhatsAppStatus> Failures)? read;
        try
        {
            using var json = JsonDocument.Parse(body);
            read = WhatsAppUpdates.Read(json.RootElement, options.PhoneNumberId!);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON, or text that is not Unicode (invalid UTF-8, a lone surrogate): nothing to read.
            read = null;
        }

        if (read is not var (messages, failures))
        {
            return Results.BadRequest();
        }

        var handled = await Webhooks.WithinDeadlineAsync(
            webhooks.Value,
            async ct =>
            {
                try
                {
                    // People's messages are handled whatever the statuses beside them; a status about a message whose
                    // sending is still being recorded, or a photo Meta cannot give now, answers the call 503, and Meta
                    // brings it again (what was handled is recognised then and skipped).
                    var resolved = messages.Count == 0 ? messages : await media.ResolveAsync(messages, ct);
                    var handled = resolved.Count == 0 || (await batches.DispatchAsync(resolved, ct)).All(outcome => outcome != DispatchOutcome.RetryLater);
                    return await statuses.RecordAsync(failures, ct) && handled;
                }
                catch (WhatsAppMedia.NotNowException)
                {
                    return false;
                }
            },
            context.RequestAborted);

        // Meta retries a call that fails; the messages already handled are skipped then.
        return handled ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
