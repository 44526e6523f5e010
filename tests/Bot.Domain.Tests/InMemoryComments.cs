using GenYCity.Bot.Domain.Comments;
using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Comments and their reports as lists, for domain tests; the EF Core store is tested against SQLite and PostgreSQL in the host tests.</summary>
internal sealed class InMemoryComments : ICommentRepository
{
    private readonly List<Comment> comments = [];
    private readonly List<CommentReport> reports = [];

    public IReadOnlyList<Comment> All => comments;

    public Task<Comment?> FindAsync(long id, CancellationToken ct) => Task.FromResult(comments.SingleOrDefault(c => c.Id == id));

    public Task AddAsync(Comment comment, CancellationToken ct)
    {
        typeof(Comment).GetProperty(nameof(Comment.Id))!.SetValue(comment, comments.Count + 1L);
        comments.Add(comment);
        return Task.CompletedTask;
    }

    public Task<int> CountByAuthorSinceAsync(long authorId, DateTimeOffset since, CancellationToken ct) =>
        Task.FromResult(comments.Count(c => c.AuthorId == authorId && c.CreatedAt > since));

    public Task<CommentPage> PageAsync(long ideaId, int page, int pageSize, bool withHidden, CancellationToken ct)
    {
        bool Shown(Comment c) => withHidden || !c.IsHidden;
        var top = comments.Where(c => c.IdeaId == ideaId && c.ParentId is null && Shown(c)).OrderByDescending(c => c.Id).ToList();
        var count = Math.Max(1, (top.Count + pageSize - 1) / pageSize);
        var number = Math.Clamp(page, 1, count);
        var entries = top.Skip((number - 1) * pageSize).Take(pageSize)
            .Select(c => new CommentPage.Entry(c, comments.Where(r => r.ParentId == c.Id && Shown(r)).OrderBy(r => r.Id).ToList()))
            .ToList();
        return Task.FromResult(new CommentPage(entries, number, count, top.Count));
    }

    public Task<IReadOnlyList<Comment>> ListByIdeaAsync(long ideaId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Comment>>(comments.Where(c => c.IdeaId == ideaId).OrderBy(c => c.Id).ToList());

    public Task<IReadOnlyList<Comment>> ListAwaitingCoordinatorAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Comment>>(comments.Where(c => c.AwaitsCoordinator).OrderBy(c => c.Id).ToList());

    public Task<bool> HasReportedAsync(long commentId, long memberId, CancellationToken ct) =>
        Task.FromResult(reports.Any(r => r.CommentId == commentId && r.MemberId == memberId));

    public void AddReport(CommentReport report) => reports.Add(report);

    public Task<IReadOnlyDictionary<ReportReason, int>> CountReportReasonsAsync(long commentId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<ReportReason, int>>(reports.Where(r => r.CommentId == commentId).GroupBy(r => r.Reason).ToDictionary(g => g.Key, g => g.Count()));

    public Task ClearReportsAsync(long commentId, CancellationToken ct)
    {
        reports.RemoveAll(r => r.CommentId == commentId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Comment>> ListUnnoticedAsync(long ideaId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Comment>>(comments.Where(c => c.IdeaId == ideaId && c.NoticedAt is null && c.IsVisible).OrderBy(c => c.Id).ToList());

    public Task<IReadOnlyList<long>> IdeasWithUnnoticedAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<long>>(comments.Where(c => c.NoticedAt is null && c.IsVisible).Select(c => c.IdeaId).Distinct().Order().ToList());
}
