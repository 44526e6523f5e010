using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// What the feeds read, and only what is public: upcoming published events (the chat's own query), ideas approved
/// or further along and not hidden, and "you said, we did" as the dashboard's report finds it. No column that names
/// or points to a person is read.
/// </summary>
internal sealed class FeedStore(BotDbContext db, IEventRepository events, DashboardFigures figures)
{
    /// <summary>More than a city holds at once; a calendar that asks gets them all.</summary>
    public const int MaxEvents = 500;

    public Task<IReadOnlyList<CityEvent>> UpcomingEventsAsync(DateTimeOffset now, CancellationToken ct) =>
        events.ListUpcomingAsync(now, MaxEvents, ct);

    /// <summary>Published ideas (as /ideas shows them: approved, in progress or implemented, not hidden), by number.</summary>
    public async Task<IReadOnlyList<PublicIdea>> PublishedIdeasAsync(CancellationToken ct) =>
        await db.Ideas.AsNoTracking()
            .Where(i => (i.Status == IdeaStatus.Approved || i.Status == IdeaStatus.InProgress || i.Status == IdeaStatus.Implemented) && !i.IsHidden)
            .OrderBy(i => i.Id)
            .Select(i => new PublicIdea(i.Id, i.Title, i.Description, i.ThemeKey, i.DistrictKey, i.Status, i.SupportCount, i.CreatedAt, i.StatusChangedAt))
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
}
