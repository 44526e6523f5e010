namespace GenYCity.Bot.Domain.Comments;

/// <summary>Port to the stored comments and their reports; changes are saved with the unit of work.</summary>
public interface ICommentRepository
{
    Task<Comment?> FindAsync(long id, CancellationToken ct);

    /// <summary>Adds the comment and gives it its number, inside the current unit of work.</summary>
    Task AddAsync(Comment comment, CancellationToken ct);

    /// <summary>How many comments the person wrote after <paramref name="since"/>.</summary>
    Task<int> CountByAuthorSinceAsync(long authorId, DateTimeOffset since, CancellationToken ct);

    /// <summary>
    /// A page of an idea's thread: the comments on the idea itself, the newest first, <paramref name="pageSize"/>
    /// a page, each with its replies (oldest first); hidden ones included only when <paramref name="withHidden"/>.
    /// </summary>
    Task<CommentPage> PageAsync(long ideaId, int page, int pageSize, bool withHidden, CancellationToken ct);

    /// <summary>All of an idea's comments, oldest first, hidden and deleted ones included (the dashboard's idea page).</summary>
    Task<IReadOnlyList<Comment>> ListByIdeaAsync(long ideaId, CancellationToken ct);

    /// <summary>Comments hidden by reports that no coordinator has looked at yet, oldest first.</summary>
    Task<IReadOnlyList<Comment>> ListAwaitingCoordinatorAsync(CancellationToken ct);

    Task<bool> HasReportedAsync(long commentId, long memberId, CancellationToken ct);

    void AddReport(CommentReport report);

    /// <summary>How many reports of the comment give each reason.</summary>
    Task<IReadOnlyDictionary<Ideas.ReportReason, int>> CountReportReasonsAsync(long commentId, CancellationToken ct);

    Task ClearReportsAsync(long commentId, CancellationToken ct);

    /// <summary>Visible comments of the idea its author and followers were not told of yet.</summary>
    Task<IReadOnlyList<Comment>> ListUnnoticedAsync(long ideaId, CancellationToken ct);

    /// <summary>The ideas with visible comments not told of yet.</summary>
    Task<IReadOnlyList<long>> IdeasWithUnnoticedAsync(CancellationToken ct);
}
