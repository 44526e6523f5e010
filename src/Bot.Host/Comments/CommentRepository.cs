using GenYCity.Bot.Domain.Comments;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Comments;

internal sealed class CommentRepository(BotDbContext db) : ICommentRepository
{
    private DbSet<Comment> Comments => db.Set<Comment>();

    private DbSet<CommentReport> Reports => db.Set<CommentReport>();

    public Task<Comment?> FindAsync(long id, CancellationToken ct) => Comments.FindAsync([id], ct).AsTask();

    public async Task AddAsync(Comment comment, CancellationToken ct)
    {
        Comments.Add(comment);
        // Saved inside the dispatcher's open transaction: the comment gets its number, nothing is committed yet.
        await db.SaveChangesAsync(ct);
    }

    public Task<int> CountByAuthorSinceAsync(long authorId, DateTimeOffset since, CancellationToken ct) =>
        Comments.CountAsync(c => c.AuthorId == authorId && c.CreatedAt > since, ct);

    public async Task<CommentPage> PageAsync(long ideaId, int page, int pageSize, bool withHidden, CancellationToken ct)
    {
        var shown = Comments.Where(c => c.IdeaId == ideaId && (withHidden || !c.IsHidden));
        var top = await Paging.PageAsync(shown.Where(c => c.ParentId == null), comments => comments.OrderByDescending(c => c.Id), page, pageSize, ct);
        var ids = top.Items.Select(c => c.Id).ToList();
        var replies = await shown.Where(c => c.ParentId != null && ids.Contains(c.ParentId.Value)).OrderBy(c => c.Id).ToListAsync(ct);
        return new CommentPage([.. top.Items.Select(c => new CommentPage.Entry(c, [.. replies.Where(r => r.ParentId == c.Id)]))], top.Number, top.Count, top.Total);
    }

    public async Task<IReadOnlyList<Comment>> ListByIdeaAsync(long ideaId, CancellationToken ct) =>
        await Comments.Where(c => c.IdeaId == ideaId).OrderBy(c => c.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<Comment>> ListAwaitingCoordinatorAsync(CancellationToken ct) =>
        await Comments.Where(c => c.AwaitsCoordinator && c.Text != null).OrderBy(c => c.Id).ToListAsync(ct);

    public Task<bool> HasReportedAsync(long commentId, long memberId, CancellationToken ct) =>
        Reports.AnyAsync(r => r.CommentId == commentId && r.MemberId == memberId, ct);

    public void AddReport(CommentReport report) => Reports.Add(report);

    public async Task<IReadOnlyDictionary<ReportReason, int>> CountReportReasonsAsync(long commentId, CancellationToken ct) =>
        (await Reports.Where(r => r.CommentId == commentId).GroupBy(r => r.Reason).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Key, g => g.Count);

    public Task ClearReportsAsync(long commentId, CancellationToken ct) =>
        Reports.Where(r => r.CommentId == commentId).ExecuteDeleteAsync(ct);

    public async Task<IReadOnlyList<Comment>> ListUnnoticedAsync(long ideaId, CancellationToken ct) =>
        await Comments.Where(c => c.NoticedAt == null && c.IdeaId == ideaId && !c.IsHidden && c.Text != null).OrderBy(c => c.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<long>> IdeasWithUnnoticedAsync(CancellationToken ct) =>
        await Comments.Where(c => c.NoticedAt == null && !c.IsHidden && c.Text != null).Select(c => c.IdeaId).Distinct().OrderBy(id => id).ToListAsync(ct);
}
