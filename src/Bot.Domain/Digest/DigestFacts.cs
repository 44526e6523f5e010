using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;

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

public sealed record DigestIdea(long Id, string Title, int Supports);

public sealed record DigestStatusChange(long Id, string Title, IdeaStatus Status, string? Comment);

/// <summary>The week in numbers: ideas submitted, supports given, and the people who did either or answered an event.</summary>
public sealed record DigestFigures(int NewIdeas, int Supports, int People);

/// <summary>What happened in one digest period, and what is coming.</summary>
public sealed record DigestFacts(
    IReadOnlyList<DigestIdea> Approved,
    IReadOnlyList<DigestStatusChange> Changed,
    IReadOnlyList<CityEvent> Upcoming,
    DigestFigures Figures)
{
    /// <summary>Polls asked of everyone and open now.</summary>
    public IReadOnlyList<DigestPoll> OpenPolls { get; init; } = [];

    /// <summary>Figures alone are not news: without an idea, an event or a poll to show, nobody gets a digest.</summary>
    public bool HasNews => Approved.Count > 0 || Changed.Count > 0 || Upcoming.Count > 0 || OpenPolls.Count > 0;
}

/// <summary>An open poll the digest invites people to answer.</summary>
public sealed record DigestPoll(long Id, string Question, DateTimeOffset ClosesAt);

/// <summary>Port to the facts behind a digest.</summary>
public interface IDigestSource
{
    /// <summary>
    /// Ideas approved in the period (public ones, the <paramref name="topIdeas"/> most supported), ideas
    /// moved to In progress or Implemented in it, events starting within <paramref name="daysAhead"/> days
    /// of <paramref name="now"/>, and the period's figures.
    /// </summary>
    Task<DigestFacts> GatherAsync(DigestPeriod period, DateTimeOffset now, int topIdeas, int daysAhead, CancellationToken ct);
}

/// <summary>When the digest goes out (the host reads it from the configured cron).</summary>
public interface IDigestSchedule
{
    /// <summary>The latest scheduled send at or before <paramref name="now"/>, within the last week.</summary>
    DateTimeOffset? LatestAtOrBefore(DateTimeOffset now);

    DateTimeOffset? NextAfter(DateTimeOffset now);
}

/// <summary>Which digest periods were issued; the key is unique, so a period is issued once however often the job runs.</summary>
public interface IDigestIssues
{
    Task<bool> WasIssuedAsync(string key, CancellationToken ct);

    void Add(DigestIssue issue);
}

/// <summary>A digest period that was issued (sent, or found to have nothing new).</summary>
public sealed class DigestIssue
{
    private DigestIssue()
    {
        Key = string.Empty;
    }

    /// <summary>The scheduled send's date in the city, "2026-11-30": unique.</summary>
    public string Key { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public bool HadNews { get; private set; }

    public static DigestIssue Create(string key, DateTimeOffset scheduledAt, DateTimeOffset issuedAt, bool hadNews) => new()
    {
        Key = key,
        ScheduledAt = scheduledAt,
        IssuedAt = issuedAt,
        HadNews = hadNews,
    };
}
