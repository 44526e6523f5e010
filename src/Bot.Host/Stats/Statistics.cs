using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Stats;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Stats;

internal sealed class Statistics(BotDbContext db) : IStatistics
{
    public async Task<Figures> GatherAsync(DateTimeOffset now, int recentBroadcasts, CancellationToken ct)
    {
        var members = new MemberFigures(
            await db.Members.CountAsync(ct),
            await db.Members.CountAsync(m => m.Consent == ConsentStatus.Given, ct),
            await db.Members.CountAsync(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.Announcements) != 0, ct),
            await db.Members.CountAsync(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.WeeklyDigest) != 0, ct),
            await db.Members.CountAsync(m => !m.IsReachable, ct));

        var byStatus = await db.Ideas.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var ideas = new IdeaFigures(
            byStatus.GetValueOrDefault(IdeaStatus.Submitted),
            byStatus.GetValueOrDefault(IdeaStatus.Approved),
            byStatus.GetValueOrDefault(IdeaStatus.InProgress),
            byStatus.GetValueOrDefault(IdeaStatus.Implemented),
            byStatus.GetValueOrDefault(IdeaStatus.Rejected));

        var upcoming = await db.Events.CountAsync(e => e.Status == EventStatus.Published && e.StartsAt > now, ct);

        var broadcasts = new List<BroadcastFigures>();
        foreach (var broadcast in await db.Broadcasts.OrderByDescending(b => b.Id).Take(recentBroadcasts).ToListAsync(ct))
        {
            broadcasts.Add(new BroadcastFigures(
                broadcast.Id, broadcast.Kind, broadcast.CreatedAt, broadcast.Status == BroadcastStatus.Done, broadcast.FinalCounts ?? await Broadcasts.Audiences.CountAsync(db, broadcast, ct)));
        }

        return new Figures(members, ideas, upcoming, broadcasts);
    }
}
