using System.Globalization;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// What the feeds read, and only what is public: published events from a week back on and the ones cancelled in that
/// week, ideas approved or further along and not hidden, and "you said, we did" as the dashboard's report finds it;
/// and the stamps that say whether any of it changed. No column that names or points to a person is read.
/// </summary>
internal sealed class FeedStore(BotDbContext db, DashboardFigures figures)
{
    /// <summary>More than a city holds at once; a calendar that asks gets them all.</summary>
    public const int MaxEvents = 500;

    /// <summary>
    /// How long after its end an event stays in the calendar, and a cancelled one stays to say so: Google's and
    /// Apple's calendars delete what leaves a feed, and the ones who came should keep it in their past.
    /// </summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    /// <summary>
    /// The events for the calendar, the soonest first: published ones that ended (start plus
    /// <paramref name="duration"/>) less than <see cref="KeptFor"/> ago or are still to come, and those cancelled within
    /// that time, which the calendar marks cancelled rather than dropping without a word.
    /// </summary>
    public async Task<IReadOnlyList<CityEvent>> CalendarEventsAsync(DateTimeOffset now, TimeSpan duration, CancellationToken ct)
    {
        var since = now - KeptFor;
        var startedAfter = since - duration;
        return await db.Events.AsNoTracking()
            .Where(e => e.StartsAt > startedAfter && (e.Status == EventStatus.Published || (e.Status == EventStatus.Cancelled && e.UpdatedAt >= since)))
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .Take(MaxEvents)
            .ToListAsync(ct);
    }

    /// <summary>
    /// What the ideas' feeds are made from, as one short text that changes whenever an idea does: every change to an
    /// idea (its status, hiding, a support taken back when a person is erased) counts up its Version, a new one raises
    /// the highest number, a deleted one lowers the count. Read on every request, so it is one plain aggregate over
    /// the table (no GROUP BY, which EF would write for a LINQ aggregate and which costs a sort): about 0.1 ms for a
    /// thousand ideas, 0.5 ms for five thousand on SQLite.
    /// </summary>
    public Task<string> IdeasStampAsync(CancellationToken ct) => StampAsync("Ideas", ct);

    /// <summary>The same for the events: an edit or a cancellation counts up the event's Version.</summary>
    public Task<string> EventsStampAsync(CancellationToken ct) => StampAsync("Events", ct);

    /// <summary>
    /// Published ideas (as /ideas shows them: approved, in progress or implemented, not hidden), by number; their
    /// descriptions only when asked for (Feeds:IncludeDescriptions), else not even read.
    /// </summary>
    public async Task<IReadOnlyList<PublicIdea>> PublishedIdeasAsync(bool withDescriptions, CancellationToken ct) =>
        await db.Ideas.AsNoTracking()
            .Where(i => (i.Status == IdeaStatus.Approved || i.Status == IdeaStatus.InProgress || i.Status == IdeaStatus.Implemented) && !i.IsHidden)
            .OrderBy(i => i.Id)
            .Select(i => new PublicIdea(i.Id, i.Title, withDescriptions ? i.Description : null, i.ThemeKey, i.DistrictKey, i.Status, i.SupportCount, i.CreatedAt, i.StatusChangedAt))
            .ToListAsync(ct);

    /// <summary>Every idea under way or done now, with its latest step there, the latest first.</summary>
    public async Task<IReadOnlyList<PublicResult>> ResultsAsync(DateTimeOffset now, CancellationToken ct)
    {
        // Up to a while past now: a step stamped by another instance whose clock runs a little ahead is not lost.
        var items = await figures.WeDidAsync(new Period(DateTimeOffset.UnixEpoch, now.AddDays(1)), underWayOrDoneNow: true, ct);
        var ids = items.Select(i => i.Id).ToList();
        var ideas = await db.Ideas.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.ThemeKey, i.DistrictKey, i.SupportCount })
            .ToDictionaryAsync(i => i.Id, ct);
        return items
            .Where(i => ideas.ContainsKey(i.Id))
            .Select(i => (Item: i, Idea: ideas[i.Id]))
            .Select(p => new PublicResult(p.Item.Id, p.Item.Title, p.Item.Status, p.Item.At, p.Item.Comment, p.Idea.ThemeKey, p.Idea.DistrictKey, p.Idea.SupportCount))
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .ToList();
    }

    private async Task<string> StampAsync(string table, CancellationToken ct)
    {
        // The table is one of two names written above; the same quoted names on SQLite and PostgreSQL.
#pragma warning disable EF1002
        var stamp = (await db.Database.SqlQueryRaw<Stamp>(
            $"""SELECT COUNT(*) AS "Count", COALESCE(SUM("Version"), 0) AS "Versions", COALESCE(MAX("Id"), 0) AS "Last" FROM "{table}" """).ToListAsync(ct)).Single();
#pragma warning restore EF1002
        return string.Create(CultureInfo.InvariantCulture, $"{stamp.Count}/{stamp.Versions}/{stamp.Last}");
    }

    /// <summary>A table's stamp as the database counts it.</summary>
    private sealed class Stamp
    {
        public long Count { get; init; }

        public long Versions { get; init; }

        public long Last { get; init; }
    }
}
