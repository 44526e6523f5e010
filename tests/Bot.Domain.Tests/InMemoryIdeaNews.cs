using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Followers and timelines as lists, for domain tests; the EF Core store is tested against SQLite in the host tests.</summary>
internal sealed class InMemoryIdeaNews(InMemoryIdeas ideas) : IIdeaNewsRepository
{
    private readonly List<IdeaFollow> follows = [];
    private readonly List<IdeaNews> news = [];

    public IReadOnlyList<IdeaFollow> Follows => follows;

    public InMemoryIdeas Ideas => ideas;

    public IReadOnlyList<IdeaNews> News => news;

    public Task<IdeaFollow?> FindFollowAsync(long ideaId, long memberId, CancellationToken ct) =>
        Task.FromResult(follows.SingleOrDefault(f => f.IdeaId == ideaId && f.MemberId == memberId));

    public void AddFollow(IdeaFollow follow) => follows.Add(follow);

    public void RemoveFollow(IdeaFollow follow) => follows.Remove(follow);

    public Task<IReadOnlySet<long>> FollowedAmongAsync(long memberId, IReadOnlyCollection<long> ideaIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<long>>(follows.Where(f => f.MemberId == memberId && ideaIds.Contains(f.IdeaId)).Select(f => f.IdeaId).ToHashSet());

    public void AddNews(IdeaNews entry)
    {
        typeof(IdeaNews).GetProperty(nameof(IdeaNews.Id))!.SetValue(entry, news.Count + 1L);
        news.Add(entry);
    }

    public Task<IReadOnlyList<long>> IdeasWithUnnoticedNewsAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<long>>(news.Where(n => n.NoticedAt is null).Select(n => n.IdeaId).Distinct().Order().ToList());

    public Task<IReadOnlyList<IdeaNews>> ListUnnoticedAsync(long ideaId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<IdeaNews>>(news.Where(n => n.IdeaId == ideaId && n.NoticedAt is null).OrderBy(n => n.At).ToList());

    public Task<IReadOnlyDictionary<long, IReadOnlyList<IdeaNews>>> TimelinesAsync(IReadOnlyCollection<long> ideaIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<long, IReadOnlyList<IdeaNews>>>(news.Where(n => ideaIds.Contains(n.IdeaId)).GroupBy(n => n.IdeaId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IdeaNews>)g.OrderByDescending(n => n.At).ThenByDescending(n => n.Id).ToList()));

    public Task<Page<Idea>> ListResultsAsync(int page, int pageSize, CancellationToken ct)
    {
        var results = ideas.All.Where(i => i.Status is IdeaStatus.InProgress or IdeaStatus.Implemented && !i.IsHidden)
            .OrderByDescending(i => i.LastNewsAt ?? i.StatusChangedAt).ThenByDescending(i => i.Id).ToList();
        var count = Math.Max(1, (results.Count + pageSize - 1) / pageSize);
        var number = Math.Clamp(page, 1, count);
        return Task.FromResult(new Page<Idea>(results.Skip((number - 1) * pageSize).Take(pageSize).ToList(), number, count, results.Count));
    }
}
