using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Broadcasts;

internal sealed class BroadcastRepository(BotDbContext db, Audiences audiences, MessagingWindows windows, TimeProvider clock) : IBroadcastRepository
{
    public void Add(Broadcast broadcast) => db.Broadcasts.Add(broadcast);

    public Task<int> CountAudienceAsync(AudienceKind audience, long? eventId, CancellationToken ct, long? subjectId = null) =>
        audiences.Of(db, audience, eventId, subjectId).CountAsync(ct);

    public Task<WindowReach> CountOutsideWindowAsync(AudienceKind audience, long? eventId, string? templateKind, CancellationToken ct) =>
        windows.CountAsync(audiences.Of(db, audience, eventId), templateKind, clock.GetUtcNow(), ct);
}
