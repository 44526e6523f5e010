using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Persistence;

internal sealed class BroadcastRepository(BotDbContext db, IEnumerable<IChannelSender> senders) : IBroadcastRepository
{
    public void Add(Broadcast broadcast) => db.Broadcasts.Add(broadcast);

    public Task<int> CountAudienceAsync(AudienceKind audience, long? eventId, CancellationToken ct, long? subjectId = null) =>
        Audiences.Of(db, audience, eventId, Audiences.PeopleChannels(senders), subjectId).CountAsync(ct);
}

/// <summary>Who an audience is, as a query: people reachable on a channel the bot runs now.</summary>
internal static class Audiences
{
    public static IReadOnlyList<ChannelKind> PeopleChannels(IEnumerable<IChannelSender> senders) =>
        senders.Select(s => s.Channel).Where(c => c.Traits().HasPeople).ToList();

    public static IQueryable<Member> Of(BotDbContext db, Broadcast broadcast, IReadOnlyList<ChannelKind> channels) =>
        Of(db, broadcast.Audience, broadcast.EventId, channels, broadcast.SubjectId);

    public static IQueryable<Member> Of(BotDbContext db, AudienceKind audience, long? eventId, IReadOnlyList<ChannelKind> channels, long? subjectId = null)
    {
        var reachable = db.Members.Where(m => m.IsReachable && channels.Contains(m.Channel));
        return audience switch
        {
            AudienceKind.IdeaFollowers => reachable.Where(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.IdeaNews) != 0
                && db.IdeaFollows.Any(f => f.IdeaId == subjectId && f.MemberId == m.Id)),
            AudienceKind.PollVoters => reachable.Where(m => db.PollVotes.Any(v => v.PollId == subjectId && v.MemberId == m.Id)),
            AudienceKind.EventAttendees => reachable.Where(m => db.Rsvps.Any(r =>
                r.EventId == eventId && r.MemberId == m.Id && (r.Answer == RsvpAnswer.Going || r.Answer == RsvpAnswer.Maybe))),
            AudienceKind.DigestSubscribers => reachable.Where(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.WeeklyDigest) != 0),
            _ => reachable.Where(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.Announcements) != 0),
        };
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
