using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Broadcasts;

/// <summary>
/// Who an audience is, as a query: people reachable on a channel the bot runs now, narrowed by the audience
/// the feature that sends to it defines (<see cref="IAudience"/>).
/// </summary>
public sealed class Audiences(IEnumerable<IAudience> audiences, IEnumerable<IChannelSender> senders)
{
    private readonly Dictionary<AudienceKind, IAudience> byKind = audiences.ToDictionary(a => a.Kind);

    /// <summary>The channels people are reached on (the Facebook Page's feed is no one's chat).</summary>
    public IReadOnlyList<ChannelKind> PeopleChannels { get; } = senders.Select(s => s.Channel).Where(c => c.Traits().HasPeople).ToList();

    public IQueryable<Member> Of(BotDbContext db, Broadcast broadcast) =>
        Of(db, broadcast.Audience, broadcast.EventId, broadcast.SubjectId);

    public IQueryable<Member> Of(BotDbContext db, AudienceKind audience, long? eventId, long? subjectId = null)
    {
        var channels = PeopleChannels;
        var reachable = db.Members.Where(m => m.IsReachable && channels.Contains(m.Channel));
        return byKind.TryGetValue(audience, out var defined)
            ? defined.Of(db, reachable, eventId, subjectId)
            : throw new InvalidOperationException($"No feature defines the audience {audience}.");
    }

    /// <summary>How far a broadcast has come, from its outbox rows.</summary>
    public static async Task<BroadcastCounts> CountAsync(BotDbContext db, Broadcast broadcast, CancellationToken ct)
    {
        var byStatus = await db.Deliveries
            .Where(d => d.BroadcastId == broadcast.Id)
            .GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        return new BroadcastCounts(
            broadcast.Queued,
            byStatus.GetValueOrDefault(DeliveryStatus.Sent),
            byStatus.GetValueOrDefault(DeliveryStatus.Unreachable),
            byStatus.GetValueOrDefault(DeliveryStatus.Failed),
            byStatus.GetValueOrDefault(DeliveryStatus.Skipped));
    }
}
