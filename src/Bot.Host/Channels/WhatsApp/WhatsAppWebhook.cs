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

    private static async Task<IResult> ReceiveAsync(HttpContext context, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<WhatsAppOptions>>().Value;
        var (body, refusal) = await MetaWebhook.ReadSignedAsync(context, options.AppSecret!, services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WhatsAppWebhook)), "WhatsApp");
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
            services.GetRequiredService<IOptions<WebhookOptions>>().Value,
            async ct =>
            {
                await services.GetRequiredService<WhatsAppStatuses>().RecordAsync(failures, ct);
                if (messages.Count == 0)
                {
                    return true;
                }

                var resolved = await services.GetRequiredService<WhatsAppMedia>().ResolveAsync(messages, ct);
                var outcomes = await services.GetRequiredService<WebhookBatches>().DispatchAsync(resolved, ct);
                return outcomes.All(outcome => outcome != DispatchOutcome.RetryLater);
            },
            context.RequestAborted);

        // Meta retries a call that fails; the messages already handled are skipped then.
        return handled ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
