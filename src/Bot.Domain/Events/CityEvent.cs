using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Events;

public enum EventStatus
{
    Published,
    Cancelled,
}

/// <summary>What an edit changed, so attendees hear about what matters to them.</summary>
[Flags]
public enum EventChanges
{
    None = 0,
    Title = 1,
    Time = 2,
    Place = 4,
    Description = 8,
    Capacity = 16,
}

/// <summary>What a coordinator can change about an event, as it was or as a draft has it.</summary>
public sealed record EventFields(string Title, DateTimeOffset StartsAt, string Place, string Description, int? Capacity)
{
    public static EventFields Of(CityEvent cityEvent) => new(cityEvent.Title, cityEvent.StartsAt, cityEvent.Place, cityEvent.Description, cityEvent.Capacity);
}

/// <summary>An event the city invites young people to (a meeting, a workshop); times are stored in UTC and shown in the city's zone.</summary>
public sealed class CityEvent
{
    public const int MaxTitleLength = 120;
    public const int MaxPlaceLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxCapacity = 100_000;

    /// <summary>A number of places as typed: digits only, from 1 to <see cref="MaxCapacity"/>; otherwise null.</summary>
    public static int? ReadCapacity(string? typed) =>
        int.TryParse(typed?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var capacity) && capacity is >= 1 and <= MaxCapacity
            ? capacity
            : null;

    private CityEvent()
    {
        Title = string.Empty;
        Place = string.Empty;
        Description = string.Empty;
    }

    public long Id { get; private set; }

    public string Title { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public string Place { get; private set; }

    public string Description { get; private set; }

    /// <summary>How many can answer Going; the rest wait in line. Null: no limit.</summary>
    public int? Capacity { get; private set; }

    public EventStatus Status { get; private set; }

    public long? CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Counts edits: the concurrency token, and the calendar file's SEQUENCE.</summary>
    public int Version { get; private set; }

    public static CityEvent Publish(string title, DateTimeOffset startsAt, string place, string description, int? capacity, Member by, DateTimeOffset now) => new()
    {
        Title = title,
        StartsAt = startsAt,
        Place = place,
        Description = description,
        Capacity = capacity,
        Status = EventStatus.Published,
        CreatedBy = by.Id,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public bool IsOpen(DateTimeOffset now) => Status == EventStatus.Published && StartsAt > now;

    public EventChanges Update(string title, DateTimeOffset startsAt, string place, string description, int? capacity, DateTimeOffset now)
    {
        var changes = EventChanges.None;
        changes |= title != Title ? EventChanges.Title : 0;
        changes |= startsAt != StartsAt ? EventChanges.Time : 0;
        changes |= place != Place ? EventChanges.Place : 0;
        changes |= description != Description ? EventChanges.Description : 0;
        changes |= capacity != Capacity ? EventChanges.Capacity : 0;
        if (changes == EventChanges.None)
        {
            return changes;
        }

        (Title, StartsAt, Place, Description, Capacity) = (title, startsAt, place, description, capacity);
        UpdatedAt = now;
        Version++;
        return changes;
    }

    public bool Cancel(DateTimeOffset now)
    {
        if (Status == EventStatus.Cancelled)
        {
            return false;
        }

        Status = EventStatus.Cancelled;
        UpdatedAt = now;
        Version++;
        return true;
    }
}

public enum RsvpAnswer
{
    Going,
    Maybe,
    NotGoing,
}

/// <summary>One person's answer to one event; a Going past the capacity waits in line.</summary>
public sealed class Rsvp
{
    private Rsvp()
    {
    }

    public long EventId { get; private set; }

    public long MemberId { get; private set; }

    public RsvpAnswer Answer { get; private set; }

    public bool Waitlisted { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    /// <summary>Going and holding a place.</summary>
    public bool HasPlace => Answer == RsvpAnswer.Going && !Waitlisted;

    public static Rsvp Create(long eventId, long memberId, RsvpAnswer answer, bool waitlisted, DateTimeOffset now) => new()
    {
        EventId = eventId,
        MemberId = memberId,
        Answer = answer,
        Waitlisted = waitlisted,
        AnsweredAt = now,
    };

    public void Change(RsvpAnswer answer, bool waitlisted, DateTimeOffset now)
    {
        Answer = answer;
        Waitlisted = waitlisted;
        AnsweredAt = now;
    }

    public void Promote() => Waitlisted = false;
}

/// <summary>Which reminder: a day before (Going and Maybe) or an hour before (Going).</summary>
public enum ReminderKind
{
    DayBefore,
    HourBefore,
}

/// <summary>
/// The record that one reminder was sent. Its key includes the start time it was for, so a reminder goes
/// out exactly once per time, however often the job runs, and a changed time arms the reminders again.
/// </summary>
public sealed record EventReminder(long EventId, long MemberId, ReminderKind Kind, DateTimeOffset EventStartsAt, DateTimeOffset SentAt);

/// <summary>One answer and the person who gave it, for the coordinators' list of who is coming.</summary>
public sealed record Attendee(Rsvp Answer, Member Member);

/// <summary>How many answered what.</summary>
public sealed record RsvpCounts(int Going, int Maybe, int NotGoing, int Waitlisted);

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
