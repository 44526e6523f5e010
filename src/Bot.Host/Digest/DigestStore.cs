using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Polls;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Digest;

/// <summary>The digest's facts, read from the ideas, their status history, supports and events.</summary>
internal sealed class DigestSource(BotDbContext db) : IDigestSource
{
    public async Task<DigestFacts> GatherAsync(DigestPeriod period, DateTimeOffset now, int topIdeas, int daysAhead, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var visible = db.Ideas.Where(i => !i.IsHidden && (i.Status == IdeaStatus.Approved || i.Status == IdeaStatus.InProgress || i.Status == IdeaStatus.Implemented));
        var approved = await visible
            .Where(i => db.IdeaStatusChanges.Any(c => c.IdeaId == i.Id && c.Status == IdeaStatus.Approved && c.ChangedAt >= from && c.ChangedAt < to))
            .OrderByDescending(i => i.SupportCount).ThenBy(i => i.Id)
            .Take(topIdeas)
            .Select(i => new DigestIdea(i.Id, i.Title, i.SupportCount))
            .ToListAsync(ct);

        // The latest move to In progress or Implemented in the period, one line per idea.
        var moves = await db.IdeaStatusChanges
            .Where(c => (c.Status == IdeaStatus.InProgress || c.Status == IdeaStatus.Implemented) && c.ChangedAt >= from && c.ChangedAt < to)
            .Join(visible, c => c.IdeaId, i => i.Id, (c, i) => new { c.IdeaId, i.Title, c.Status, c.Comment, c.ChangedAt, c.Id })
            .ToListAsync(ct);
        var changed = moves
            .GroupBy(m => m.IdeaId)
            .Select(g => g.OrderByDescending(m => m.ChangedAt).ThenByDescending(m => m.Id).First())
            .OrderBy(m => m.IdeaId)
            .Select(m => new DigestStatusChange(m.IdeaId, m.Title, m.Status, m.Comment))
            .ToList();

        var until = now.AddDays(daysAhead);
        var upcoming = await db.Events
            .Where(e => e.Status == EventStatus.Published && e.StartsAt > now && e.StartsAt <= until)
            .OrderBy(e => e.StartsAt)
            .Take(topIdeas)
            .ToListAsync(ct);

        var newIdeas = await db.Ideas.CountAsync(i => i.CreatedAt >= from && i.CreatedAt < to, ct);
        var supports = await db.IdeaSupports.CountAsync(s => s.CreatedAt >= from && s.CreatedAt < to, ct);
        var authors = db.Ideas.Where(i => i.CreatedAt >= from && i.CreatedAt < to && i.AuthorId != null).Select(i => i.AuthorId!.Value);
        var supporters = db.IdeaSupports.Where(s => s.CreatedAt >= from && s.CreatedAt < to).Select(s => s.MemberId);
        var answerers = db.Rsvps.Where(r => r.AnsweredAt >= from && r.AnsweredAt < to).Select(r => r.MemberId);
        var people = await authors.Union(supporters).Union(answerers).CountAsync(ct);
        // Polls asked of everyone subscribed, open now: the digest invites its readers to answer them.
        var polls = await db.Polls
            .Where(p => p.Status == PollStatus.Open && p.Audience == Domain.Broadcasts.AudienceKind.AnnouncementSubscribers && p.ClosesAt > now)
            .OrderBy(p => p.ClosesAt)
            .Take(DigestComposer.TopPolls)
            .Select(p => new DigestPoll(p.Id, p.Question, p.ClosesAt))
            .ToListAsync(ct);
        return new DigestFacts(approved, changed, upcoming, new DigestFigures(newIdeas, supports, people)) { OpenPolls = polls };
    }
}

internal sealed class DigestIssues(BotDbContext db) : IDigestIssues
{
    public Task<bool> WasIssuedAsync(string key, CancellationToken ct) => db.DigestIssues.AnyAsync(d => d.Key == key, ct);

    public void Add(DigestIssue issue) => db.DigestIssues.Add(issue);
}
