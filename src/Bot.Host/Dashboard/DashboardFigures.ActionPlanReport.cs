using GenYCity.Bot.Domain.Ideas;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Dashboard;

public sealed partial class DashboardFigures
{
    /// <summary>The action-plan report for a period (see <see cref="ActionPlanReport"/>).</summary>
    public async Task<ActionPlanReport> ReportAsync(Period period, Domain.Members.Language language, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var tookPart = Participation(from, to);
        var before = Participation(DateTimeOffset.UnixEpoch, from);
        var participants = await tookPart.CountAsync(ct);
        var firstTime = await tookPart.Where(id => !before.Contains(id)).CountAsync(ct);

        var ideas = await db.Ideas.AsNoTracking()
            .Where(i => i.CreatedAt >= from && i.CreatedAt < to)
            .GroupBy(i => new { i.ThemeKey, i.Status })
            .Select(g => new { g.Key.ThemeKey, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var themeOrder = options.Themes.Select(t => t.Key).ToList();
        var byTheme = ideas.GroupBy(i => i.ThemeKey, StringComparer.Ordinal)
            .OrderBy(g => themeOrder.IndexOf(g.Key) is var at and >= 0 ? at : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyCount(g.Key, g.Sum(i => i.Count)))
            .ToList();
        var byStatus = ideas.GroupBy(i => i.Status)
            .OrderBy(g => Array.IndexOf(StatusOrder, g.Key))
            .Select(g => new KeyCount(g.Key.ToString(), g.Sum(i => i.Count)))
            .ToList();

        // Hidden ideas (reported, waiting for a coordinator) are left out of the lists: their titles are not public meanwhile.
        var council = await db.Ideas.AsNoTracking()
            .Where(i => !i.IsHidden
                && ((i.ReadyForCouncilAt >= from && i.ReadyForCouncilAt < to) || (i.CouncilAnsweredAt >= from && i.CouncilAnsweredAt < to)))
            .OrderBy(i => i.Id)
            .Select(i => new CouncilItem(i.Id, i.Title, i.ReadyForCouncilAt, i.CouncilDecision, i.CouncilAnswer, i.CouncilAnsweredAt))
            .ToListAsync(ct);
        CouncilDecision?[] decisionOrder = [CouncilDecision.Accepted, CouncilDecision.Partly, CouncilDecision.NotAccepted, null];
        var decisions = council.GroupBy(c => c.Decision)
            .OrderBy(g => Array.IndexOf(decisionOrder, g.Key))
            .Select(g => new KeyCount(g.Key?.ToString() ?? ActionPlanReport.NoDecision, g.Count()))
            .ToList();

        var weDid = await WeDidAsync(period, underWayOrDoneNow: false, ct);

        var sections = new List<ReportSection>();
        foreach (var part in reportParts)
        {
            if (await part.GatherAsync(db, period, before, language, ct) is { } section)
            {
                sections.Add(section);
            }
        }

        return new ActionPlanReport(
            period,
            participants,
            firstTime,
            ideas.Sum(i => i.Count),
            byTheme,
            byStatus,
            council.Count(c => c.ReachedAt is { } reached && period.Contains(reached)),
            decisions,
            council,
            await EventAnswersAsync(period, ct),
            weDid) { Sections = sections };
    }

    /// <summary>
    /// "You said, we did": the ideas that moved to in progress or implemented in the period, each with its latest such
    /// move there and the coordinator's comment with it (else the latest comment with an earlier move to in progress or
    /// implemented: never the idea's latest comment, which may be a later step's, such as a note putting it on hold),
    /// by date. Hidden ideas are left out (their titles are not public meanwhile); <paramref name="underWayOrDoneNow"/>
    /// leaves out, too, those that have moved on since to anything but in progress or implemented (rejected after all),
    /// as a public list must.
    /// </summary>
    public async Task<IReadOnlyList<WeDidItem>> WeDidAsync(Period period, bool underWayOrDoneNow, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var ideas = db.Ideas.Where(i => !i.IsHidden);
        if (underWayOrDoneNow)
        {
            ideas = ideas.Where(i => i.Status == IdeaStatus.InProgress || i.Status == IdeaStatus.Implemented);
        }

        // Every such move until the period's end of the ideas with one in it: the earlier ones for their comments.
        var moved = db.IdeaStatusChanges
            .Where(c => (c.Status == IdeaStatus.InProgress || c.Status == IdeaStatus.Implemented) && c.ChangedAt >= from && c.ChangedAt < to)
            .Select(c => c.IdeaId);
        var moves = await db.IdeaStatusChanges.AsNoTracking()
            .Where(c => (c.Status == IdeaStatus.InProgress || c.Status == IdeaStatus.Implemented) && c.ChangedAt < to && moved.Contains(c.IdeaId))
            .Join(ideas, c => c.IdeaId, i => i.Id, (c, i) => new { i.Id, i.Title, Change = c.Id, c.Status, c.ChangedAt, c.Comment })
            .ToListAsync(ct);
        return moves.GroupBy(m => m.Id)
            .Select(g => g.OrderBy(m => m.ChangedAt).ThenBy(m => m.Change).ToList())
            .Select(steps => (Last: steps[^1], Comment: steps.LastOrDefault(m => !string.IsNullOrWhiteSpace(m.Comment))?.Comment))
            .Select(m => new WeDidItem(m.Last.Id, m.Last.Title, m.Last.Status, m.Last.ChangedAt, m.Comment))
            .OrderBy(m => m.At).ThenBy(m => m.Id)
            .ToList();
    }

    /// <summary>
    /// The members who took part in [from, to) in any way a feature counts (<see cref="IParticipation"/>: submitted
    /// an idea, supported one, answered an event, voted…), each person once.
    /// </summary>
    private IQueryable<long> Participation(DateTimeOffset from, DateTimeOffset to) =>
        participation.Select(p => p.Members(db, from, to)).Aggregate((these, those) => these.Union(those));
}
