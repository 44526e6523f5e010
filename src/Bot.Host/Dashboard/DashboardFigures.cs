using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Stats;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// The figures behind the coordinators' dashboard's charts, and its action-plan report (<see cref="ReportAsync"/>).
/// Each query asks the database only for the rows of the period and the columns it counts; weeks are made here,
/// in the city's zone, so a week is Monday to Sunday as the city's calendar has it, whatever the clocks do.
/// </summary>
public sealed partial class DashboardFigures(BotDbContext db, EventTime time, BotOptions options, IEnumerable<IParticipation> participation, IEnumerable<IReportPart> reportParts)
{
    public const string SupportsSeries = "supports";

    /// <summary>Ideas' statuses in the order of their life (as /stats lists them), rejected last.</summary>
    private static readonly IdeaStatus[] StatusOrder = [IdeaStatus.Submitted, IdeaStatus.Approved, IdeaStatus.InProgress, IdeaStatus.Implemented, IdeaStatus.Rejected];

    /// <summary>The days <paramref name="first"/> to <paramref name="last"/> (both included), as the city's calendar has them.</summary>
    public Period Days(DateOnly first, DateOnly last) =>
        new(time.StartOf(first.ToDateTime(TimeOnly.MinValue)), time.StartOf(last.AddDays(1).ToDateTime(TimeOnly.MinValue)));

    /// <summary>The <paramref name="count"/> city-local weeks up to and including the one <paramref name="now"/> is in.</summary>
    public Period LastWeeks(DateTimeOffset now, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var monday = WeekOf(now);
        return Days(monday.AddDays(-7 * (count - 1)), monday.AddDays(6));
    }

    /// <summary>The Monday of the city-local week an instant falls in.</summary>
    public DateOnly WeekOf(DateTimeOffset instant)
    {
        var day = DateOnly.FromDateTime(time.Local(instant));
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    /// <summary>The Mondays of every week the period touches; none for an empty period.</summary>
    public IReadOnlyList<DateOnly> WeeksOf(Period period)
    {
        if (period.To <= period.From)
        {
            return [];
        }

        var weeks = new List<DateOnly>();
        var last = WeekOf(period.To.AddTicks(-1));
        for (var week = WeekOf(period.From); week <= last; week = week.AddDays(7))
        {
            weeks.Add(week);
        }

        return weeks;
    }

    /// <summary>Members who first wrote to the bot, per week, by language code or by channel.</summary>
    public async Task<WeeklyCounts> NewMembersAsync(Period period, MemberSplit split, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var rows = await db.Members.AsNoTracking()
            .Where(m => m.CreatedAt >= from && m.CreatedAt < to)
            .Select(m => new { m.CreatedAt, m.Language, m.Channel })
            .ToListAsync(ct);
        return split == MemberSplit.Language
            ? Weekly(period, rows.Select(r => (r.CreatedAt, r.Language.Code)), Languages.All.Select(l => l.Code))
            : Weekly(period, rows.Select(r => (r.CreatedAt, r.Channel.ToString())), Enum.GetNames<ChannelKind>());
    }

    /// <summary>Ideas submitted per week, by theme key (in the configured order) or by the status they have now.</summary>
    public async Task<WeeklyCounts> IdeasAsync(Period period, IdeaSplit split, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var rows = await db.Ideas.AsNoTracking()
            .Where(i => i.CreatedAt >= from && i.CreatedAt < to)
            .Select(i => new { i.CreatedAt, i.ThemeKey, i.Status })
            .ToListAsync(ct);
        return split == IdeaSplit.Theme
            ? Weekly(period, rows.Select(r => (r.CreatedAt, r.ThemeKey)), options.Themes.Select(t => t.Key))
            : Weekly(period, rows.Select(r => (r.CreatedAt, r.Status.ToString())), StatusOrder.Select(s => s.ToString()));
    }

    /// <summary>Supports given per week, in one series (<see cref="SupportsSeries"/>); a support taken back is not counted.</summary>
    public async Task<WeeklyCounts> SupportsAsync(Period period, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var rows = await db.IdeaSupports.AsNoTracking()
            .Where(s => s.CreatedAt >= from && s.CreatedAt < to)
            .Select(s => s.CreatedAt)
            .ToListAsync(ct);
        return Weekly(period, rows.Select(at => (at, SupportsSeries)), [SupportsSeries]);
    }

    /// <summary>Every event starting in the period, published or cancelled, soonest first, with its answers counted.</summary>
    public async Task<IReadOnlyList<EventAnswerFigures>> EventAnswersAsync(Period period, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var inPeriod = db.Events.Where(e => e.StartsAt >= from && e.StartsAt < to);
        var events = await inPeriod.AsNoTracking()
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Title, e.StartsAt, e.Status, e.Capacity })
            .ToListAsync(ct);
        var groups = await db.Rsvps
            .Where(r => inPeriod.Any(e => e.Id == r.EventId))
            .GroupBy(r => new { r.EventId, r.Answer, r.Waitlisted })
            .Select(g => new { g.Key.EventId, g.Key.Answer, g.Key.Waitlisted, Count = g.Count() })
            .ToListAsync(ct);
        var counts = groups.ToLookup(g => g.EventId);
        return events.Select(e =>
        {
            var answers = counts[e.Id].ToList();
            int Count(RsvpAnswer answer, bool? waitlisted) =>
                answers.Where(g => g.Answer == answer && (waitlisted is null || g.Waitlisted == waitlisted)).Sum(g => g.Count);
            return new EventAnswerFigures(
                e.Id, e.Title, e.StartsAt, e.Status, e.Capacity,
                Count(RsvpAnswer.Going, false), Count(RsvpAnswer.Going, true), Count(RsvpAnswer.Maybe, null), Count(RsvpAnswer.NotGoing, null));
        }).ToList();
    }

    /// <summary>
    /// Every broadcast created in the period, in order: a finished one with the counts kept on it (its outbox rows
    /// are purged in time), one under way with its outbox rows counted, as /stats counts them.
    /// </summary>
    public Task<IReadOnlyList<BroadcastOutcome>> BroadcastsAsync(Period period, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        return OutcomesAsync(db.Broadcasts.Where(b => b.CreatedAt >= from && b.CreatedAt < to), ct);
    }

    /// <summary>The latest <paramref name="count"/> broadcasts of every kind, the newest first, counted as <see cref="BroadcastsAsync"/> counts them.</summary>
    public async Task<IReadOnlyList<BroadcastOutcome>> LatestBroadcastsAsync(int count, CancellationToken ct)
    {
        var ids = await db.Broadcasts.OrderByDescending(b => b.Id).Take(count).Select(b => b.Id).ToListAsync(ct);
        return [.. (await OutcomesAsync(db.Broadcasts.Where(b => ids.Contains(b.Id)), ct)).Reverse()];
    }

    private async Task<IReadOnlyList<BroadcastOutcome>> OutcomesAsync(IQueryable<Broadcast> inPeriod, CancellationToken ct)
    {
        var broadcasts = await inPeriod.AsNoTracking()
            .OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.Kind, b.Audience, b.CreatedAt, b.Status, b.CompletedAt, b.Queued, b.Sent, b.Unreachable, b.Failed, b.Skipped })
            .ToListAsync(ct);
        var underWay = inPeriod.Where(b => b.Status != BroadcastStatus.Done);
        var deliveries = broadcasts.Any(b => b.Status != BroadcastStatus.Done)
            ? (await db.Deliveries
                .Where(d => underWay.Any(b => b.Id == d.BroadcastId))
                .GroupBy(d => new { d.BroadcastId, d.Status })
                .Select(g => new { g.Key.BroadcastId, g.Key.Status, Count = g.Count() })
                .ToListAsync(ct))
                .ToDictionary(g => (g.BroadcastId, g.Status), g => g.Count)
            : [];
        return broadcasts.Select(b =>
        {
            var done = b.Status == BroadcastStatus.Done;
            int Rows(DeliveryStatus status) => deliveries.GetValueOrDefault((b.Id, status));
            var counts = done
                ? new BroadcastCounts(b.Queued, b.Sent, b.Unreachable, b.Failed, b.Skipped)
                : new BroadcastCounts(b.Queued, Rows(DeliveryStatus.Sent), Rows(DeliveryStatus.Unreachable), Rows(DeliveryStatus.Failed), Rows(DeliveryStatus.Skipped));
            return new BroadcastOutcome(b.Id, b.Kind, b.Audience, b.CreatedAt, done, b.CompletedAt, counts);
        }).ToList();
    }

    /// <summary>
    /// The members now, in one query: in all, by channel and by language, each with how many consented, keep
    /// announcements or the digest on (having consented, as a broadcast reaches them) and are unreachable.
    /// </summary>
    public async Task<MemberChannelFigures> MembersAsync(CancellationToken ct)
    {
        var groups = await db.Members.AsNoTracking()
            .GroupBy(m => new { m.Channel, m.Language })
            .Select(g => new
            {
                g.Key.Channel,
                g.Key.Language,
                Figures = new MemberFigures(
                    g.Count(),
                    g.Count(m => m.Consent == ConsentStatus.Given),
                    g.Count(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.Announcements) != 0),
                    g.Count(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.WeeklyDigest) != 0),
                    g.Count(m => !m.IsReachable)),
            })
            .ToListAsync(ct);
        static MemberFigures Sum(IEnumerable<MemberFigures> figures) => figures.Aggregate(
            new MemberFigures(0, 0, 0, 0, 0),
            (sum, f) => new MemberFigures(sum.Total + f.Total, sum.Consented + f.Consented, sum.Announcements + f.Announcements, sum.Digest + f.Digest, sum.Unreachable + f.Unreachable));
        return new MemberChannelFigures(
            Sum(groups.Select(g => g.Figures)),
            groups.GroupBy(g => g.Channel).OrderBy(g => g.Key).Select(g => new MemberGroup(g.Key.ToString(), Sum(g.Select(x => x.Figures)))).ToList(),
            groups.GroupBy(g => g.Language).OrderBy(g => g.Key).Select(g => new MemberGroup(g.Key.Code, Sum(g.Select(x => x.Figures)))).ToList());
    }

    /// <summary>
    /// Puts each row in the city-local week it falls in: a series per key that occurs, the keys of
    /// <paramref name="order"/> first in that order, any others (a theme since removed from configuration) after, by name.
    /// </summary>
    private WeeklyCounts Weekly(Period period, IEnumerable<(DateTimeOffset At, string Key)> rows, IEnumerable<string> order)
    {
        var weeks = WeeksOf(period);
        var index = weeks.Select((week, i) => (week, i)).ToDictionary(w => w.week, w => w.i);
        var series = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (at, key) in rows)
        {
            if (!period.Contains(at) || !index.TryGetValue(WeekOf(at), out var week))
            {
                continue;
            }

            if (!series.TryGetValue(key, out var values))
            {
                series[key] = values = new int[weeks.Count];
            }

            values[week]++;
        }

        var known = order.Distinct(StringComparer.Ordinal).ToList();
        var keys = known.Where(series.ContainsKey).Concat(series.Keys.Except(known, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return new WeeklyCounts(weeks, keys.Select(key => new WeeklySeries(key, series[key])).ToList());
    }
}
