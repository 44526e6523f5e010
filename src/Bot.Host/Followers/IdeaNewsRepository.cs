using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Followers;

internal sealed class IdeaNewsRepository(BotDbContext db) : IIdeaNewsRepository
{
    private static readonly IdeaStatus[] ResultStatuses = [IdeaStatus.InProgress, IdeaStatus.Implemented];

    public Task<IdeaFollow?> FindFollowAsync(long ideaId, long memberId, CancellationToken ct) =>
        db.IdeaFollows.FindAsync([ideaId, memberId], ct).AsTask();

    public void AddFollow(IdeaFollow follow) => db.IdeaFollows.Add(follow);

    public void RemoveFollow(IdeaFollow follow) => db.IdeaFollows.Remove(follow);

    public async Task<IReadOnlySet<long>> FollowedAmongAsync(long memberId, IReadOnlyCollection<long> ideaIds, CancellationToken ct) =>
        (await db.IdeaFollows.Where(f => f.MemberId == memberId && ideaIds.Contains(f.IdeaId)).Select(f => f.IdeaId).ToListAsync(ct)).ToHashSet();

    public void AddNews(IdeaNews news) => db.IdeaNews.Add(news);

    public async Task<IReadOnlyList<long>> IdeasWithUnnoticedNewsAsync(CancellationToken ct) =>
        await db.IdeaNews.Where(n => n.NoticedAt == null).Select(n => n.IdeaId).Distinct().OrderBy(id => id).ToListAsync(ct);

    public async Task<IReadOnlyList<IdeaNews>> ListUnnoticedAsync(long ideaId, CancellationToken ct)
    {
        var stored = await db.IdeaNews.Where(n => n.IdeaId == ideaId && n.NoticedAt == null).ToListAsync(ct);
        var added = db.ChangeTracker.Entries<IdeaNews>()
            .Where(e => e.State == EntityState.Added && e.Entity.IdeaId == ideaId && e.Entity.NoticedAt == null)
            .Select(e => e.Entity);
        return stored.Union(added).OrderBy(n => n.At).ThenBy(n => n.Id).ToList();
    }

    public async Task<IReadOnlyDictionary<long, IReadOnlyList<IdeaNews>>> TimelinesAsync(IReadOnlyCollection<long> ideaIds, CancellationToken ct) =>
        (await db.IdeaNews.AsNoTracking().Where(n => ideaIds.Contains(n.IdeaId)).ToListAsync(ct))
            .GroupBy(n => n.IdeaId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IdeaNews>)g.OrderByDescending(n => n.At).ThenByDescending(n => n.Id).ToList());

    public Task<Page<Idea>> ListResultsAsync(int page, int pageSize, CancellationToken ct)
    {
        var results = db.Ideas.Where(i => ResultStatuses.Contains(i.Status) && !i.IsHidden);
        return Paging.PageAsync(results, ideas => ideas.OrderByDescending(i => i.LastNewsAt ?? i.StatusChangedAt).ThenByDescending(i => i.Id), page, pageSize, ct);
    }
}
