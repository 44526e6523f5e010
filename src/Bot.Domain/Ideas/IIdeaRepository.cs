namespace GenYCity.Bot.Domain.Ideas;

/// <summary>Port to the stored ideas, supports and reports; changes are saved with the unit of work.</summary>
public interface IIdeaRepository
{
    Task<Idea?> FindAsync(long id, CancellationToken ct);

    Task<Idea?> FindBySubmissionKeyAsync(string submissionKey, CancellationToken ct);

    /// <summary>Adds the idea and gives it its number, inside the current unit of work.</summary>
    Task AddAsync(Idea idea, CancellationToken ct);

    /// <summary>How many ideas the author submitted after <paramref name="since"/> (not at it).</summary>
    Task<int> CountByAuthorSinceAsync(long authorId, DateTimeOffset since, CancellationToken ct);

    /// <summary>The author's ideas, newest first.</summary>
    Task<IReadOnlyList<Idea>> ListByAuthorAsync(long authorId, int limit, CancellationToken ct);

    /// <summary>Public ideas as the filter chooses and orders them.</summary>
    Task<Page<Idea>> ListPublicAsync(IdeaFilter filter, int page, int pageSize, CancellationToken ct);

    /// <summary>The words of the public ideas, the newest first, at most <paramref name="limit"/>: what a new idea is compared with.</summary>
    Task<IReadOnlyList<SimilarIdeas.IdeaText>> ListPublicTextsAsync(int limit, CancellationToken ct);

    /// <summary>Ideas a coordinator must look at: submitted ones and hidden ones, oldest first.</summary>
    Task<IReadOnlyList<Idea>> ListAwaitingCoordinatorAsync(CancellationToken ct);

    Task<IReadOnlyList<Idea>> ListAllAsync(CancellationToken ct);

    Task<IdeaSupport?> FindSupportAsync(long ideaId, long memberId, CancellationToken ct);

    /// <summary>Which of these ideas the member supports.</summary>
    Task<IReadOnlySet<long>> SupportedAmongAsync(long memberId, IReadOnlyCollection<long> ideaIds, CancellationToken ct);

    void AddSupport(IdeaSupport support);

    void RemoveSupport(IdeaSupport support);

    Task<bool> HasReportedAsync(long ideaId, long memberId, CancellationToken ct);

    void AddReport(IdeaReport report);

    Task<IdeaReport?> FindReportAsync(long ideaId, long memberId, CancellationToken ct);

    void RemoveReport(IdeaReport report);

    /// <summary>How many reports of the idea give each reason.</summary>
    Task<IReadOnlyDictionary<ReportReason, int>> CountReportReasonsAsync(long ideaId, CancellationToken ct);

    Task ClearReportsAsync(long ideaId, CancellationToken ct);
}
