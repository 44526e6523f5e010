using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Events;

/// <summary>Port to stored events, answers and sent reminders; changes are saved with the unit of work.</summary>
public interface IEventRepository
{
    Task<CityEvent?> FindAsync(long id, CancellationToken ct);

    /// <summary>Adds the event and gives it its number, inside the current unit of work.</summary>
    Task AddAsync(CityEvent cityEvent, CancellationToken ct);

    /// <summary>Published events not started yet, soonest first.</summary>
    Task<IReadOnlyList<CityEvent>> ListUpcomingAsync(DateTimeOffset now, int limit, CancellationToken ct);

    /// <summary>Published events starting in (from, to].</summary>
    Task<IReadOnlyList<CityEvent>> ListStartingAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    Task<Rsvp?> FindRsvpAsync(long eventId, long memberId, CancellationToken ct);

    /// <summary>The member's answers to these events, by event id.</summary>
    Task<IReadOnlyDictionary<long, Rsvp>> RsvpsOfAsync(long memberId, IReadOnlyCollection<long> eventIds, CancellationToken ct);

    void AddRsvp(Rsvp rsvp);

    Task<RsvpCounts> CountAsync(long eventId, CancellationToken ct);

    /// <summary>Every event, published or cancelled, with its answers counted, by number.</summary>
    Task<IReadOnlyList<Exports.EventWithCounts>> ListAllWithCountsAsync(CancellationToken ct);

    /// <summary>The people waiting in line for a place, longest-waiting first (by when they answered, then by member).</summary>
    Task<IReadOnlyList<Rsvp>> ListWaitlistedAsync(long eventId, int take, CancellationToken ct);

    /// <summary>Where a waiting answer stands in the line, in the order of <see cref="ListWaitlistedAsync"/>: 1 is next.</summary>
    Task<int> WaitingPositionAsync(Rsvp rsvp, CancellationToken ct);

    /// <summary>Everyone who answered Going or Maybe, with who they are, in the order they answered.</summary>
    Task<IReadOnlyList<Attendee>> ListAttendeesAsync(long eventId, CancellationToken ct);

    /// <summary>
    /// Reachable members whose answer is one of <paramref name="answers"/> (holding a place, for Going), who
    /// answered before <paramref name="answeredBefore"/>, and have no <paramref name="kind"/> reminder for this start time yet.
    /// </summary>
    Task<IReadOnlyList<Member>> ListAwaitingReminderAsync(
        CityEvent cityEvent, ReminderKind kind, IReadOnlyCollection<RsvpAnswer> answers, DateTimeOffset answeredBefore, CancellationToken ct);

    void AddReminder(EventReminder reminder);
}
