using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Events;

/// <summary>Answering an event, counted when the answer was last given or changed: that is when its row says.</summary>
internal sealed class EventAnswering : IParticipation
{
    public IQueryable<long> Members(BotDbContext db, DateTimeOffset from, DateTimeOffset to) =>
        db.Rsvps.Where(r => r.AnsweredAt >= from && r.AnsweredAt < to).Select(r => r.MemberId);
}
