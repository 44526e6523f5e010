using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Events, answers and reminders as lists, for domain tests; the EF Core store is tested on SQLite.</summary>
internal sealed class InMemoryEvents(Func<IReadOnlyList<Member>> members) : IEventRepository
{
    private readonly List<CityEvent> events = [];
    private readonly List<Rsvp> rsvps = [];
    private readonly List<EventReminder> reminders = [];

    public IReadOnlyList<CityEvent> All => events;

    public IReadOnlyList<Rsvp> Rsvps => rsvps;

    public IReadOnlyList<EventReminder> Reminders => reminders;

    public Task<CityEvent?> FindAsync(long id, CancellationToken ct) => Task.FromResult(events.SingleOrDefault(e => e.Id == id));

    public Task AddAsync(CityEvent cityEvent, CancellationToken ct)
    {
        typeof(CityEvent).GetProperty(nameof(CityEvent.Id))!.SetValue(cityEvent, events.Count + 1L);
        events.Add(cityEvent);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CityEvent>> ListUpcomingAsync(DateTimeOffset now, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CityEvent>>(events.Where(e => e.Status == EventStatus.Published && e.StartsAt > now).OrderBy(e => e.StartsAt).Take(limit).ToList());

    public Task<IReadOnlyList<CityEvent>> ListStartingAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CityEvent>>(events.Where(e => e.Status == EventStatus.Published && e.StartsAt > from && e.StartsAt <= to).ToList());

    public Task<Rsvp?> FindRsvpAsync(long eventId, long memberId, CancellationToken ct) =>
        Task.FromResult(rsvps.SingleOrDefault(r => r.EventId == eventId && r.MemberId == memberId));

    public Task<IReadOnlyDictionary<long, Rsvp>> RsvpsOfAsync(long memberId, IReadOnlyCollection<long> eventIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<long, Rsvp>>(rsvps.Where(r => r.MemberId == memberId && eventIds.Contains(r.EventId)).ToDictionary(r => r.EventId));

    public void AddRsvp(Rsvp rsvp) => rsvps.Add(rsvp);

    public Task<RsvpCounts> CountAsync(long eventId, CancellationToken ct)
    {
        var of = rsvps.Where(r => r.EventId == eventId).ToList();
        return Task.FromResult(new RsvpCounts(
            of.Count(r => r.HasPlace),
            of.Count(r => r.Answer == RsvpAnswer.Maybe),
            of.Count(r => r.Answer == RsvpAnswer.NotGoing),
            of.Count(r => r.Answer == RsvpAnswer.Going && r.Waitlisted)));
    }

    public async Task<IReadOnlyList<Exports.EventWithCounts>> ListAllWithCountsAsync(CancellationToken ct)
    {
        var all = new List<Exports.EventWithCounts>();
        foreach (var cityEvent in events.OrderBy(e => e.Id))
        {
            all.Add(new(cityEvent, await CountAsync(cityEvent.Id, ct)));
        }

        return all;
    }

    public Task<IReadOnlyList<Rsvp>> ListWaitlistedAsync(long eventId, int take, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Rsvp>>(rsvps.Where(r => r.EventId == eventId && r.Answer == RsvpAnswer.Going && r.Waitlisted).OrderBy(r => r.AnsweredAt).ThenBy(r => r.MemberId).Take(take).ToList());

    public Task<int> WaitingPositionAsync(Rsvp rsvp, CancellationToken ct) =>
        Task.FromResult(1 + rsvps.Count(r => r.EventId == rsvp.EventId && r.Answer == RsvpAnswer.Going && r.Waitlisted
            && (r.AnsweredAt < rsvp.AnsweredAt || (r.AnsweredAt == rsvp.AnsweredAt && r.MemberId < rsvp.MemberId))));

    public Task<IReadOnlyList<Attendee>> ListAttendeesAsync(long eventId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Attendee>>(rsvps
            .Where(r => r.EventId == eventId && r.Answer != RsvpAnswer.NotGoing)
            .OrderBy(r => r.AnsweredAt).ThenBy(r => r.MemberId)
            .Select(r => new Attendee(r, members().Single(m => m.Id == r.MemberId)))
            .ToList());

    public Task<IReadOnlyList<Member>> ListAwaitingReminderAsync(
        CityEvent cityEvent, ReminderKind kind, IReadOnlyCollection<RsvpAnswer> answers, DateTimeOffset answeredBefore, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Member>>(members()
            .Where(m => m.IsReachable && rsvps.Any(r => r.EventId == cityEvent.Id && r.MemberId == m.Id && answers.Contains(r.Answer) && !r.Waitlisted && r.AnsweredAt < answeredBefore))
            .Where(m => !reminders.Any(s => s.EventId == cityEvent.Id && s.MemberId == m.Id && s.Kind == kind && s.EventStartsAt == cityEvent.StartsAt))
            .ToList());

    public void AddReminder(EventReminder reminder) => reminders.Add(reminder);
}

/// <summary>Broadcasts as a list; an audience is counted the way the host's query counts it.</summary>
internal sealed class InMemoryBroadcasts(Func<IReadOnlyList<Member>> members, InMemoryEvents events) : IBroadcastRepository
{
    private readonly List<Broadcast> broadcasts = [];

    public IReadOnlyList<Broadcast> All => broadcasts;

    public void Add(Broadcast broadcast) => broadcasts.Add(broadcast);

    /// <summary>Who follows which idea, for the followers' audience.</summary>
    public InMemoryIdeaNews? IdeaNews { get; set; }

    public Task<int> CountAudienceAsync(AudienceKind audience, long? eventId, CancellationToken ct, long? subjectId = null) =>
        Task.FromResult(members().Count(m => m.IsReachable && (
            audience == AudienceKind.EventAttendees ? events.Rsvps.Any(r => r.EventId == eventId && r.MemberId == m.Id && r.Answer is RsvpAnswer.Going or RsvpAnswer.Maybe)
            : audience == AudienceKind.IdeaFollowers ? m.HasConsented && m.IsSubscribedTo(Subscriptions.IdeaNews)
                && IdeaNews?.Follows.Any(f => f.IdeaId == subjectId && f.MemberId == m.Id) == true
            : audience == Domain.Comments.CommentNotices.IdeaAuthor ? m.HasConsented && m.IsSubscribedTo(Subscriptions.IdeaNews)
                && IdeaNews?.Ideas.All.Any(i => i.Id == subjectId && i.AuthorId == m.Id) == true
            : m.HasConsented && m.IsSubscribedTo(Subscriptions.Announcements))));

    /// <summary>What the preview shows of people outside their chat's window; the domain's tests set it.</summary>
    public WindowReach OutsideWindow { get; set; } = WindowReach.None;

    public Task<WindowReach> CountOutsideWindowAsync(AudienceKind audience, long? eventId, string? templateKind, CancellationToken ct) => Task.FromResult(OutsideWindow);
}
