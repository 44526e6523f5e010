using System.Text.Json;
using GenYCity.Bot.Host.Health;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>
/// Webhook mode: Telegram posts each update to /webhooks/telegram with the secret given to setWebhook in
/// X-Telegram-Bot-Api-Secret-Token. A request without that secret (compared in constant time) is refused.
/// The update is dispatched before the 200, so an acknowledged update is never lost; a failure answers
/// 503 and Telegram delivers the update again (and the dispatcher skips what it already did).
/// </summary>
public static class TelegramWebhook
{
    public const string Path = "/webhooks/telegram";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static WebApplication MapTelegramWebhook(this WebApplication app)
    {
        // Read from configuration: the options are validated when the bot starts, not while it is composed.
        if (TelegramRegistration.IsConfigured(app.Configuration) && TelegramRegistration.IsWebhookMode(app.Configuration))
        {
            app.MapPost(Path, ReceiveAsync);
        }

        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, IOptions<TelegramOptions> options, IOptions<WebhookOptions> webhooks, IServiceProvider services)
    {
        if (!Webhooks.Same(context.Request.Headers[SecretHeader].ToString(), options.Value.WebhookSecret!))
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        if (!Webhooks.IsJson(context.Request))
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (context.Request.ContentLength > Webhooks.MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        catch (BadHttpRequestException ex)
        {
            return Results.StatusCode(ex.StatusCode);
        }

        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object || !body.RootElement.TryGetProperty("update_id", out var id) || !id.TryGetInt64(out var updateId))
            {
                return Results.BadRequest();
            }

            if (TelegramUpdates.Read(body.RootElement) is not { } update)
            {
                // From Telegram (the secret matched) but not readable: a refusal would make Telegram offer it,
                // and hold back every update after it, again and again.
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TelegramWebhook)).LogWarning("Skipping Telegram update {UpdateId}: it cannot be read", updateId);
                return Results.Ok();
            }

            if (services.GetRequiredService<TelegramUpdateHandler>().Read(update) is not { } inbound)
            {
                return Results.Ok();
            }

            var batches = services.GetRequiredService<Dispatch.WebhookBatches>();
            var handled = await Webhooks.WithinDeadlineAsync(
                webhooks.Value,
                async ct => (await batches.DispatchAsync([inbound], ct))[0] != Dispatch.DispatchOutcome.RetryLater,
                context.RequestAborted);
            return handled ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }
}

/// <summary>At start in webhook mode: tells Telegram where to post and with which secret, and registers the command menu.</summary>
internal sealed class TelegramWebhookSetup(
    ITelegramBotClient bot,
    TelegramCommandMenu commandMenu,
    TelegramBotIdentity identity,
    ChannelHealth health,
    IOptions<TelegramOptions> options,
    Configuration.SecretRedactor redactor,
    ILogger<TelegramWebhookSetup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            var me = await bot.GetMe(stoppingToken);
            identity.Remember(me.Username);
            await bot.SetWebhook(settings.WebhookUrl!, allowedUpdates: TelegramUpdates.Wanted, secretToken: settings.WebhookSecret, cancellationToken: stoppingToken);
            health.Report(Domain.Messaging.ChannelKind.Telegram, ok: true);
            logger.LogInformation("Telegram posts updates for @{BotUsername} to the webhook", me.Username);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            health.Report(Domain.Messaging.ChannelKind.Telegram, ok: false);
            logger.LogError("Could not set the Telegram webhook ({Error}); no updates will arrive until it is set", TelegramErrors.Describe(ex, redactor));
        }

        try
        {
            await commandMenu.RegisterAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not register the Telegram command menu ({Error}); the bot works without it", TelegramErrors.Describe(ex, redactor));
        }
    }
}
