using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>
/// A broadcast's progress from its deliveries' counts, and why messages failed (the platforms' words kept on its failed
/// deliveries, already cut of secrets, the commonest first); followed every few seconds until it is done.
/// </summary>
public sealed class BroadcastModel(BotDbContext db) : DashboardPage
{
    public const int RefreshSeconds = 2;

    /// <summary>Reasons shown by name; failures for any other are counted together on one more line.</summary>
    public const int ShownReasons = 3;

    /// <summary>A platform's words beyond this many characters are cut, so one reason stays a line or two.</summary>
    public const int ReasonLength = 200;

    public Broadcast? Broadcast { get; private set; }

    public BroadcastCounts Counts { get; private set; } = new(0, 0, 0, 0, 0);

    public bool Done { get; private set; }

    /// <summary>One line per reason: "Telegram: 400 Bad Request: PHOTO_INVALID_DIMENSIONS — 5 messages".</summary>
    public IReadOnlyList<string> Failures { get; private set; } = [];

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
            failures = Failures,
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
        Counts = broadcast.FinalCounts ?? await Broadcasts.Audiences.CountAsync(db, broadcast, ct);
        Failures = Counts.Failed > 0 ? await FailuresAsync(broadcast.Id, ct) : [];
        return true;
    }

    private async Task<IReadOnlyList<string>> FailuresAsync(long id, CancellationToken ct)
    {
        var failed = db.Deliveries.AsNoTracking().Where(d => d.BroadcastId == id && d.Status == DeliveryStatus.Failed);
        var reasons = await failed
            .GroupBy(d => new { d.Channel, d.LastError })
            .Select(g => new { g.Key.Channel, g.Key.LastError, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Channel).ThenBy(g => g.LastError)
            .Take(ShownReasons)
            .ToListAsync(ct);
        var lines = reasons.Select(r => P.FailedWith(r.Channel.ToString(), Shortened(r.LastError), r.Count)).ToList();
        // Rows the retention job has removed since are no longer counted.
        var others = await failed.CountAsync(ct) - reasons.Sum(r => r.Count);
        if (others > 0)
        {
            lines.Add(P.OtherFailures(others));
        }

        return lines;
    }

    private string Shortened(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? P.NoReasonRecorded
        : reason.Length <= ReasonLength ? reason
        : string.Concat(reason.AsSpan(0, ReasonLength - 1), "…");
}
