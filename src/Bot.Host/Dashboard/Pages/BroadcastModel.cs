using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Dashboard;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>
/// What a broadcast sent (its kind, when, to whom, its text as people read it and its photo) and its progress from its
/// deliveries' counts: "preparing" while its list of recipients is being written (no "0 of 0"), and why messages failed (the platforms' words kept on its failed
/// deliveries, already cut of secrets, the commonest first); followed every few seconds until it is done.
/// </summary>
public sealed class BroadcastModel(BotDbContext db, DashboardOptions dashboard) : DashboardPage
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

    /// <summary>The message in the coordinator's language (else English, else the first), as its recipients read it.</summary>
    public OutboundTemplate? Message { get; private set; }

    /// <summary>Who it went to, in the coordinator's words.</summary>
    public string AudienceName { get; private set; } = string.Empty;


    /// <summary>No recipient written yet: the list is still being made, and "0 of 0" would say nothing.</summary>
    public bool Preparing => !Done && Counts.Queued == 0;

    public string State => Progress(P, Done, Counts).State;

    public string ProgressText => Progress(P, Done, Counts).Text;

    /// <summary>
    /// The progress line: its state and its count. Until the first recipient is written a broadcast is preparing, with no
    /// count (it once said "Sending… 0 of 0 handled"); done with no one written, it says no one was there.
    /// </summary>
    public static (string State, string Text) Progress(DashboardPhrases p, bool done, BroadcastCounts counts) => (done, counts.Queued) switch
    {
        (true, 0) => (p.BroadcastDone, p.BroadcastNobody),
        (true, _) => (p.BroadcastDone, p.BroadcastProgress(counts.Finished, counts.Queued)),
        (false, 0) => (p.BroadcastPreparing, string.Empty),
        _ => (p.BroadcastSending, p.BroadcastProgress(counts.Finished, counts.Queued)),
    };

    /// <summary>The key of an uploaded photo it carried, which the dashboard serves; null for none or another kind of photo.</summary>
    public string? UploadKey => Message?.PhotoRef is { } photo && photo.StartsWith(DashboardUpload.Address(dashboard.PublicUrl, string.Empty), StringComparison.Ordinal)
        && photo[DashboardUpload.Address(dashboard.PublicUrl, string.Empty).Length..] is var key && DashboardUpload.IsKey(key) ? key : null;

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
            state = State,
            text = ProgressText,
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
        var content = broadcast.ReadContent().ByLanguage;
        Message = content.GetValueOrDefault(Language) ?? content.GetValueOrDefault(Domain.Members.Language.En) ?? content.Values.FirstOrDefault();
        AudienceName = await AudienceNameAsync(broadcast, ct);
        return true;
    }

    private async Task<string> AudienceNameAsync(Broadcast broadcast, CancellationToken ct)
    {
        var audience = broadcast.Audience;
        if (audience == AudienceKind.EventAttendees)
        {
            var title = await db.Events.AsNoTracking().Where(e => e.Id == broadcast.EventId).Select(e => e.Title).SingleOrDefaultAsync(ct);
            return P.AudienceEventAttendees(title ?? $"#{broadcast.EventId}");
        }

        return audience == AudienceKind.AnnouncementSubscribers ? P.AudienceAnnouncementSubscribers
            : audience == AudienceKind.DigestSubscribers ? P.AudienceDigestSubscribers
            : audience == AudienceKind.IdeaFollowers ? P.AudienceIdeaFollowers(broadcast.SubjectId ?? 0)
            : audience == AudienceKind.PollVoters ? P.AudiencePollVoters(broadcast.SubjectId ?? 0)
            : P.AudienceOther;
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
