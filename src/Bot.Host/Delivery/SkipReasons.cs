using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// Why a message claimed a while ago must stay unsent now: its person was erased since (<see cref="Persistence.Erasures"/>),
/// or a feature's hook says so (its subject closed, <see cref="IDeliveryHook"/>). Such a message takes no place in
/// the platform's limits.
/// </summary>
internal sealed class SkipReasons(
    Persistence.Erasures erasures,
    IReadOnlyList<IDeliveryHook> hooks,
    ILogger logger,
    Configuration.SecretRedactor redactor,
    ChannelKind channel)
{
    public const string Erased = "the person was erased";

    /// <summary>Whether the message's person was erased after it was queued.</summary>
    public bool WasErased(WorkItem item) => erasures.WasErased(channel, item.ChatId, item.Id);

    /// <summary>Why the message must stay unsent, or null when it may go.</summary>
    public async ValueTask<string?> ForAsync(WorkItem item, CancellationToken ct)
    {
        if (WasErased(item))
        {
            return Erased;
        }

        foreach (var hook in hooks)
        {
            try
            {
                if (await hook.SkipReasonAsync(item.Message(), ct) is { } reason)
                {
                    return reason;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A hook that cannot tell now does not hold the message back.
                logger.LogWarning("Asking {Hook} about delivery {DeliveryId} failed ({Error})", hook.GetType().Name, item.Id, redactor.Redact(ex.Message));
            }
        }

        return null;
    }
}
