using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Dispatch;

/// <summary>
/// One scope and one transaction: whatever the work changes and the messages it wants sent (as outbox
/// rows) are committed together, or not at all.
/// </summary>
public sealed class UnitOfWork(IServiceScopeFactory scopes, DeliverySignal deliverySignal, TimeProvider clock)
{
    /// <summary>Runs the work; when it returns null, nothing is committed. True when committed.</summary>
    public async Task<bool> RunAsync(Func<IServiceProvider, Task<IReadOnlyList<OutboundMessage>?>> work, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await work(scope.ServiceProvider) is not { } outgoing)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        db.Deliveries.AddRange(outgoing.Select(m => OutboxRow.Create(m, now)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (outgoing.Count > 0)
        {
            deliverySignal.Notify();
        }

        return true;
    }
}
