using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Events;

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
