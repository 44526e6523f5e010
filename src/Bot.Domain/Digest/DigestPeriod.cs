using GenYCity.Bot.Domain.Events;

namespace GenYCity.Bot.Domain.Digest;

/// <summary>The time a digest covers, from <see cref="From"/> up to (not including) <see cref="To"/>.</summary>
public sealed record DigestPeriod(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>The last seven days up to now, as /digest shows them to a resident.</summary>
    public static DigestPeriod WeekEnding(DateTimeOffset to) => new(to.AddDays(-7), to);

    /// <summary>
    /// The seven whole days in the city before the day of a scheduled send: a send on Monday covers Monday
    /// to Sunday of the week before, so the heading names exactly the days it covers and the weekly sends
    /// follow each other with no gap and no overlap.
    /// </summary>
    public static DigestPeriod WeekBefore(DateTimeOffset sendAt, EventTime time)
    {
        var day = time.Local(sendAt).Date;
        return new(time.StartOf(day.AddDays(-7)), time.StartOf(day));
    }

    /// <summary>The last moment the period covers, for its heading.</summary>
    public DateTimeOffset LastMoment => To.AddTicks(-1);
}
