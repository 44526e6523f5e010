using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Exports;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>Every event, the coming ones first, with its answers against its capacity.</summary>
public sealed class EventsModel(IEventRepository events, TimeProvider clock) : DashboardPage
{
    public IReadOnlyList<EventWithCounts> Coming { get; private set; } = [];

    public IReadOnlyList<EventWithCounts> Past { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        var all = await events.ListAllWithCountsAsync(ct);
        Coming = [.. all.Where(e => e.Event.StartsAt > Now).OrderBy(e => e.Event.StartsAt)];
        Past = [.. all.Where(e => e.Event.StartsAt <= Now).OrderByDescending(e => e.Event.StartsAt)];
    }
}
