using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Events;

internal sealed class EventRepository(BotDbContext db) : IEventRepository
{
    public Task<CityEvent?> FindAsync(long id, CancellationToken ct) => db.Events.FindAsync([id], ct).AsTask();

    public async Task AddAsync(CityEvent cityEvent, CancellationToken ct)
    {
        db.Events.Add(cityEvent);
        // Saved inside the dispatcher's open transaction: the event gets its number, nothing is committed yet.
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<CityEvent>> ListUpcomingAsync(DateTimeOffset now, int limit, CancellationToken ct) =>
        await db.Events
            .Where(e => e.Status == EventStatus.Published && e.StartsAt > now)
            .OrderBy(e => e.StartsAt)
            .Take(limit)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<CityEvent>> ListStartingAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        await db.Events
            .Where(e => e.Status == EventStatus.Published && e.StartsAt > from && e.StartsAt <= to)
            .ToListAsync(ct);

    public Task<Rsvp?> FindRsvpAsync(long eventId, long memberId, CancellationToken ct) =>
        db.Rsvps.FindAsync([eventId, memberId], ct).AsTask();

    public async Task<IReadOnlyDictionary<long, Rsvp>> RsvpsOfAsync(long memberId, IReadOnlyCollection<long> eventIds, CancellationToken ct) =>
        await db.Rsvps.Where(r => r.MemberId == memberId && eventIds.Contains(r.EventId)).ToDictionaryAsync(r => r.EventId, ct);

    public void AddRsvp(Rsvp rsvp) => db.Rsvps.Add(rsvp);

    public async Task<RsvpCounts> CountAsync(long eventId, CancellationToken ct)
    {
        var groups = await db.Rsvps
            .Where(r => r.EventId == eventId)
            .GroupBy(r => new { r.Answer, r.Waitlisted })
            .Select(g => new { g.Key.Answer, g.Key.Waitlisted, Count = g.Count() })
            .ToListAsync(ct);
        int Count(RsvpAnswer answer, bool waitlisted) =>
            groups.Where(g => g.Answer == answer && g.Waitlisted == waitlisted).Sum(g => g.Count);
        return new RsvpCounts(
            Count(RsvpAnswer.Going, false),
            Count(RsvpAnswer.Maybe, false),
            Count(RsvpAnswer.NotGoing, false),
            Count(RsvpAnswer.Going, true));
    }

    public async Task<IReadOnlyList<EventWithCounts>> ListAllWithCountsAsync(CancellationToken ct)
    {
        var all = await db.Events.OrderBy(e => e.Id).ToListAsync(ct);
        var groups = await db.Rsvps
            .GroupBy(r => new { r.EventId, r.Answer, r.Waitlisted })
            .Select(g => new { g.Key.EventId, g.Key.Answer, g.Key.Waitlisted, Count = g.Count() })
            .ToListAsync(ct);
        int Count(long eventId, RsvpAnswer answer, bool waitlisted) =>
            groups.Where(g => g.EventId == eventId && g.Answer == answer && g.Waitlisted == waitlisted).Sum(g => g.Count);
        return all
            .Select(e => new EventWithCounts(e, new RsvpCounts(
                Count(e.Id, RsvpAnswer.Going, false), Count(e.Id, RsvpAnswer.Maybe, false), Count(e.Id, RsvpAnswer.NotGoing, false), Count(e.Id, RsvpAnswer.Going, true))))
            .ToList();
    }

    public async Task<IReadOnlyList<Rsvp>> ListWaitlistedAsync(long eventId, int take, CancellationToken ct) =>
        await db.Rsvps
            .Where(r => r.EventId == eventId && r.Answer == RsvpAnswer.Going && r.Waitlisted)
            .OrderBy(r => r.AnsweredAt).ThenBy(r => r.MemberId)
            .Take(take)
            .ToListAsync(ct);

    public async Task<int> WaitingPositionAsync(Rsvp rsvp, CancellationToken ct) =>
        1 + await db.Rsvps.CountAsync(
            r => r.EventId == rsvp.EventId && r.Answer == RsvpAnswer.Going && r.Waitlisted
                && (r.AnsweredAt < rsvp.AnsweredAt || (r.AnsweredAt == rsvp.AnsweredAt && r.MemberId < rsvp.MemberId)),
            ct);

    public async Task<IReadOnlyList<Attendee>> ListAttendeesAsync(long eventId, CancellationToken ct) =>
        (await db.Rsvps
            .Where(r => r.EventId == eventId && r.Answer != RsvpAnswer.NotGoing)
            .Join(db.Members, r => r.MemberId, m => m.Id, (r, m) => new { r, m })
            .OrderBy(x => x.r.AnsweredAt).ThenBy(x => x.r.MemberId)
            .ToListAsync(ct))
        .Select(x => new Attendee(x.r, x.m))
        .ToList();

    public async Task<IReadOnlyList<Member>> ListAwaitingReminderAsync(
        CityEvent cityEvent, ReminderKind kind, IReadOnlyCollection<RsvpAnswer> answers, DateTimeOffset answeredBefore, CancellationToken ct) =>
        await db.Members
            .Where(m => m.IsReachable && db.Rsvps.Any(r =>
                r.EventId == cityEvent.Id && r.MemberId == m.Id && answers.Contains(r.Answer) && !r.Waitlisted && r.AnsweredAt < answeredBefore))
            .Where(m => !db.EventReminders.Any(s =>
                s.EventId == cityEvent.Id && s.MemberId == m.Id && s.Kind == kind && s.EventStartsAt == cityEvent.StartsAt))
            .OrderBy(m => m.Id)
            .ToListAsync(ct);

    public void AddReminder(EventReminder reminder) => db.EventReminders.Add(reminder);
}
