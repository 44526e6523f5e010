using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>A broadcast's progress from its deliveries' counts; the page reloads itself every few seconds until it is done.</summary>
public sealed class BroadcastModel(BotDbContext db) : DashboardPage
{
    public const int RefreshSeconds = 2;

    public Broadcast? Broadcast { get; private set; }

    public BroadcastCounts Counts { get; private set; } = new(0, 0, 0, 0, 0);

    public bool Done { get; private set; }

    public static string PathOf(long id) => $"/dashboard/broadcasts/{id}";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await ReadAsync(id, ct) ? Page() : NotThere(P.BroadcastNotFound, "/dashboard");

    /// <summary>The counts as the page's script asks for them.</summary>
    public async Task<IActionResult> OnGetCountsAsync(long id, CancellationToken ct)
    {
        if (!await ReadAsync(id, ct))
        {
            return NotFound();
        }

        var c = Counts;
        return new JsonResult(new
        {
            done = Done,
            state = Done ? P.BroadcastDone : P.BroadcastSending,
            text = P.BroadcastProgress(c.Finished, c.Queued),
            counts = new { queued = c.Queued, sent = c.Sent, unreachable = c.Unreachable, failed = c.Failed, skipped = c.Skipped, finished = c.Finished },
        });
    }

    private async Task<bool> ReadAsync(long id, CancellationToken ct)
    {
        if (await db.Broadcasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct) is not { } broadcast)
        {
            return false;
        }

        Broadcast = broadcast;
        Done = broadcast.Status == BroadcastStatus.Done;
        Counts = broadcast.FinalCounts ?? await Audiences.CountAsync(db, broadcast, ct);
        return true;
    }
}
