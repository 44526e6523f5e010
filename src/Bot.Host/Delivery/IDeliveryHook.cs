using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// What a feature must know of its messages' delivery, without the delivery code knowing the feature: that a
/// message claimed a while ago should no longer go (its subject closed meanwhile), and what became of those that
/// went, in the transaction that records it. Registered in DI; every hook is asked about every message.
/// </summary>
public interface IDeliveryHook
{
    /// <summary>
    /// Why a message claimed for sending must stay unsent now, or null. Asked just before it would take a place in
    /// the platform's limits, for every message: answer from memory where the answer is no.
    /// </summary>
    ValueTask<string?> SkipReasonAsync(OutboundMessage message, CancellationToken ct);

    /// <summary>
    /// Why the rest of a broadcast's recipients, still to be written to the outbox, are written skipped (its
    /// subject closed while it fanned out), or null.
    /// </summary>
    Task<string?> FanOutSkipReasonAsync(BotDbContext db, Broadcast broadcast, CancellationToken ct);

    /// <summary>In the transaction that records these sends' results, what the feature keeps of them.</summary>
    Task RecordedAsync(BotDbContext db, IReadOnlyList<(OutboundMessage Message, SendResult Result)> results, DateTimeOffset now, CancellationToken ct);
}
