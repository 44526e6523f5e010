using GenYCity.Bot.Host.Configuration;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>
/// Long-polls getUpdates and hands each update to the dispatcher in order. The offset moves past an
/// update only once the dispatcher has recorded it, so updates survive a crash and duplicates are skipped.
/// An update that cannot be read or handled is logged and passed over: one bad update never stops the rest.
/// Telegram lets one poller at a time have a bot's updates (a second gets 409), so of all the instances on
/// one database only the holder of the polling lease polls; the others wait for it, and take over when it
/// stops (at once) or dies (when its lease runs out).
/// </summary>
internal sealed class TelegramPolling(
    ITelegramBotClient bot,
    TelegramUpdateFeed feed,
    Delivery.ChannelLeases leases,
    Microsoft.Extensions.Options.IOptions<TelegramOptions> options,
    TelegramUpdateHandler handler,
    Health.ChannelHealth health,
    TelegramCommandMenu commandMenu,
    TelegramBotIdentity identity,
    SecretRedactor redactor,
    TimeProvider clock,
    ILogger<TelegramPolling> logger) : BackgroundService
{
    public const string LeaseKey = "Telegram:polling";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan WaitForLease = TimeSpan.FromSeconds(2);

    /// <summary>Longer than one long poll, so the holder renews it between two polls.</summary>
    private TimeSpan LeaseLength => TimeSpan.FromSeconds(options.Value.PollingTimeoutSeconds + 10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await HoldLeaseAsync(stoppingToken);
            await PrepareAsync(stoppingToken);
            await PollAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: unconfirmed updates come again at the next start and are deduplicated.
        }
        finally
        {
            await leases.ReleaseAsync(LeaseKey, CancellationToken.None);
        }
    }

    /// <summary>Waits until this instance holds the polling lease.</summary>
    private async Task HoldLeaseAsync(CancellationToken ct)
    {
        var told = false;
        while (!(await TryHoldAsync(ct)))
        {
            if (!told)
            {
                logger.LogInformation("Another instance is polling Telegram; this one waits to take over");
                told = true;
            }

            await Task.Delay(WaitForLease, clock, ct);
        }
    }

    private async Task<bool> TryHoldAsync(CancellationToken ct)
    {
        try
        {
            return (await leases.HoldAsync(LeaseKey, LeaseLength, ct)).Held;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is System.Data.Common.DbException or InvalidOperationException)
        {
            logger.LogWarning("Taking the Telegram polling lease failed ({Error}); trying again", redactor.Redact(ex.Message));
            return false;
        }
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        try
        {
            // A webhook left over from another deployment would make every getUpdates fail with 409.
            await bot.DeleteWebhook(cancellationToken: ct);
            var me = await bot.GetMe(ct);
            identity.Remember(me.Username);
            logger.LogInformation("Polling Telegram as @{BotUsername}", me.Username);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Telegram start-up calls failed ({Error}); polling anyway", Describe(ex));
        }

        try
        {
            await commandMenu.RegisterAsync(ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Could not register the Telegram command menu ({Error}); the bot works without it", Describe(ex));
        }
    }

    private async Task PollAsync(CancellationToken ct)
    {
        long? offset = null;
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            if (!await TryHoldAsync(ct))
            {
                // Lost (this instance stalled past its lease and another took over): wait to take it back.
                await HoldLeaseAsync(ct);
                offset = null;
            }

            IReadOnlyList<FetchedUpdate> updates;
            try
            {
                updates = await feed.GetAsync(offset, 100, ct);
                failures = 0;
                health.Report(Domain.Messaging.ChannelKind.Telegram, ok: true);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                failures++;
                health.Report(Domain.Messaging.ChannelKind.Telegram, ok: false);
                var delay = Backoff(failures);
                LogPollingFailure(ex, delay);
                await Task.Delay(delay, clock, ct);
                continue;
            }

            // A batch is one transaction; the lease was renewed just before the call that fetched it.
            var readable = updates.Where(u => u.Update is not null).ToList();
            var recorded = new Queue<bool>(readable.Count == 0 ? [] : await ReceiveAsync(readable, ct));
            foreach (var fetched in updates)
            {
                if (fetched.Update is null)
                {
                    logger.LogWarning("Skipping Telegram update {UpdateId}: it cannot be read", fetched.Id);
                }
                else if (!recorded.Dequeue())
                {
                    // The database refused the update: offer it again after a pause rather than drop it (the
                    // ones after it that were recorded are recognised when they come again).
                    failures++;
                    await Task.Delay(Backoff(failures), clock, ct);
                    break;
                }

                offset = fetched.Id + 1;
            }
        }
    }

    /// <summary>The fetched updates through their unit of work, in a span of their own: where their traces start.</summary>
    private async Task<IReadOnlyList<bool>> ReceiveAsync(List<FetchedUpdate> fetched, CancellationToken ct)
    {
        using var receive = Telemetry.BotTelemetry.Source.StartActivity("telegram.receive", System.Diagnostics.ActivityKind.Consumer);
        receive?.SetTag("bot.updates", fetched.Count);
        return await handler.HandleAsync(fetched.Select(u => u.Update!).ToList(), ct);
    }

    private void LogPollingFailure(Exception ex, TimeSpan delay)
    {
        switch (ex)
        {
            case ApiRequestException { ErrorCode: 409 }:
                logger.LogError("Telegram says another instance is receiving updates for this bot (409); retrying in {Delay}", delay);
                break;
            case ApiRequestException { ErrorCode: 401 or 404 }:
                logger.LogError("Telegram rejected the bot token (check Telegram:BotToken); retrying in {Delay}", delay);
                break;
            default:
                logger.LogWarning("Polling Telegram failed ({Error}); retrying in {Delay}", Describe(ex), delay);
                break;
        }
    }

    private string Describe(Exception ex) => TelegramErrors.Describe(ex, redactor);

    private static TimeSpan Backoff(int failures)
    {
        var seconds = Math.Min(Math.Pow(2, failures - 1), MaxBackoff.TotalSeconds);
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
