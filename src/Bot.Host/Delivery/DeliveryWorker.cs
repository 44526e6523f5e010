using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// Drains the outbox: one <see cref="ChannelPump"/> per running channel, each at that channel's limits,
/// on whichever instance holds the channel's lease. Crash safety: a message is claimed before it is sent
/// and recorded after. After a crash, claimed messages are sent again by the next holder of the lease (the
/// restarted process, or another instance, once the lease runs out), so nobody is missed, and only
/// messages that were on the wire (or sent but not yet recorded) at the moment of the crash can arrive
/// twice — at most MaxInFlight plus one batch of results. We choose at-least-once: a resident who never
/// gets an answer is worse off than one who gets it twice. A graceful stop finishes the sends in flight,
/// records them and gives the lease back, so it duplicates nothing.
/// </summary>
internal sealed class DeliveryWorker(
    IEnumerable<IChannelSender> senders,
    DeliveryStore store,
    DeliverySignal signal,
    IOptions<DeliveryOptions> options,
    Health.ChannelHealth health,
    Persistence.Erasures erasures,
    Configuration.SecretRedactor redactor,
    ChannelLeases leases,
    IEnumerable<IDeliveryHook> hooks,
    Telemetry.BotMetrics metrics,
    ILoggerFactory loggers) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var logger = loggers.CreateLogger<DeliveryWorker>();
        var pumps = senders.Select(sender => new ChannelPump(sender, options.Value.Channels[sender.Channel], store, signal, options.Value, health, erasures, redactor, leases, [.. hooks], metrics, logger).RunAsync(stoppingToken));
        await Task.WhenAll(pumps);
    }
}
