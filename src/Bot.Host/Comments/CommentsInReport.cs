using GenYCity.Bot.Domain.Comments;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Comments;

/// <summary>Comments in the action-plan report: for each idea commented on in the period, how many comments and how many people wrote them.</summary>
internal sealed class CommentsInReport : IReportPart
{
    public async Task<ReportSection?> GatherAsync(BotDbContext db, Period period, IQueryable<long> before, Language language, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var written = db.Set<Comment>().AsNoTracking().Where(c => c.CreatedAt >= from && c.CreatedAt < to);
        var counts = await written.GroupBy(c => c.IdeaId)
            .Select(g => new { Idea = g.Key, Count = g.Count(), Writers = g.Where(c => c.AuthorId != null).Select(c => c.AuthorId).Distinct().Count() })
            .ToListAsync(ct);
        if (counts.Count == 0)
        {
            return null;
        }

        var ids = counts.Select(c => c.Idea).ToList();
        var titles = await db.Set<Idea>().AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Title }).ToListAsync(ct);
        var p = CommentPhrases.For(language);
        return new ReportSection(
            "comments",
            p.ReportHeading,
            [("comments", p.ReportWritten), ("writers", p.ReportWriters)],
            [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Idea).Select(c => new ReportSectionRow(
                c.Idea,
                $"#{c.Idea} · {titles.SingleOrDefault(t => t.Id == c.Idea)?.Title}",
                [c.Count, c.Writers]))]);
    }
}
