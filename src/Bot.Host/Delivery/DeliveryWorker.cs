using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// Drains the outbox: one <see cref="ChannelPump"/> per running channel, each at that channel's limits.
/// Crash safety: a message is claimed before it is sent and recorded after. After a crash, claimed
/// messages are sent again, so nobody is missed, and only messages that were on the wire (or sent but
/// not yet recorded) at the moment of the crash can arrive twice — at most MaxInFlight plus one batch of
/// results. We choose at-least-once: a resident who never gets an answer is worse off than one who gets
/// it twice. A graceful stop finishes the sends in flight and records them, so it duplicates nothing.
/// </summary>
internal sealed class DeliveryWorker(
    IEnumerable<IChannelSender> senders,
    DeliveryStore store,
    DeliverySignal signal,
    IOptions<DeliveryOptions> options,
    Health.ChannelHealth health,
    Persistence.Erasures erasures,
    Configuration.SecretRedactor redactor,
    ILoggerFactory loggers) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await store.RequeueInterruptedAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        var logger = loggers.CreateLogger<DeliveryWorker>();
        var pumps = senders.Select(sender => new ChannelPump(sender, LimitsFor(sender), store, signal, options.Value, health, erasures, redactor, logger).RunAsync(stoppingToken));
        await Task.WhenAll(pumps);
    }

    private ChannelLimits LimitsFor(IChannelSender sender) => sender.Channel switch
    {
        Domain.Messaging.ChannelKind.Telegram => options.Value.Telegram,
        Domain.Messaging.ChannelKind.Messenger => options.Value.Messenger,
        Domain.Messaging.ChannelKind.FacebookPage => options.Value.FacebookPage,
        _ => options.Value.Console,
    };
}
