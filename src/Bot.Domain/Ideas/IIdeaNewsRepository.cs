namespace GenYCity.Bot.Domain.Ideas;

/// <summary>Port to the ideas' followers and timelines; changes are saved with the unit of work.</summary>
public interface IIdeaNewsRepository
{
    Task<IdeaFollow?> FindFollowAsync(long ideaId, long memberId, CancellationToken ct);

    void AddFollow(IdeaFollow follow);

    void RemoveFollow(IdeaFollow follow);

    /// <summary>Which of these ideas the member follows.</summary>
    Task<IReadOnlySet<long>> FollowedAmongAsync(long memberId, IReadOnlyCollection<long> ideaIds, CancellationToken ct);

    void AddNews(IdeaNews news);

    /// <summary>The ideas with entries their followers have not been told of yet.</summary>
    Task<IReadOnlyList<long>> IdeasWithUnnoticedNewsAsync(CancellationToken ct);

    /// <summary>An idea's entries not told yet, oldest first (those added in this unit of work included).</summary>
    Task<IReadOnlyList<IdeaNews>> ListUnnoticedAsync(long ideaId, CancellationToken ct);

    /// <summary>The timelines of these ideas, newest entry first.</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<IdeaNews>>> TimelinesAsync(IReadOnlyCollection<long> ideaIds, CancellationToken ct);

    /// <summary>Ideas in progress and implemented, the latest change first.</summary>
    Task<Page<Idea>> ListResultsAsync(int page, int pageSize, CancellationToken ct);
}
