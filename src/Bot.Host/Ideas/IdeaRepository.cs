using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.SimilarIdeas;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Ideas;

internal sealed class IdeaRepository(BotDbContext db) : IIdeaRepository
{
    private static readonly IdeaStatus[] PublicStatuses = [IdeaStatus.Approved, IdeaStatus.InProgress, IdeaStatus.Implemented];

    public Task<Idea?> FindAsync(long id, CancellationToken ct) => db.Ideas.FindAsync([id], ct).AsTask();

    public Task<Idea?> FindBySubmissionKeyAsync(string submissionKey, CancellationToken ct) =>
        db.Ideas.SingleOrDefaultAsync(i => i.SubmissionKey == submissionKey, ct);

    public async Task AddAsync(Idea idea, CancellationToken ct)
    {
        db.Ideas.Add(idea);
        // Saved inside the dispatcher's open transaction: the idea gets its number, nothing is committed yet.
        await db.SaveChangesAsync(ct);
    }

    public Task<int> CountByAuthorSinceAsync(long authorId, DateTimeOffset since, CancellationToken ct) =>
        db.Ideas.CountAsync(i => i.AuthorId == authorId && i.CreatedAt > since, ct);

    public async Task<IReadOnlyList<Idea>> ListByAuthorAsync(long authorId, int limit, CancellationToken ct) =>
        await db.Ideas.Where(i => i.AuthorId == authorId).OrderByDescending(i => i.Id).Take(limit).ToListAsync(ct);

    public async Task<Page<Idea>> ListPublicAsync(IdeaFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var visible = db.Ideas.Where(i => PublicStatuses.Contains(i.Status) && !i.IsHidden);
        if (filter.ThemeKey is { } theme)
        {
            visible = visible.Where(i => i.ThemeKey == theme);
        }

        if (filter.DistrictKey is { } district)
        {
            visible = visible.Where(i => i.DistrictKey == district);
        }

        var seed = filter.Seed;
        return await Paging.PageAsync(
            visible,
            ideas => filter.Sort switch
            {
                IdeaSort.Newest => ideas.OrderByDescending(i => i.Id),
                IdeaSort.Shuffled => ideas.OrderBy(i =>
                    (i.Id + seed) * IdeaFilter.ShuffleMultiplier % IdeaFilter.ShuffleModulus * ((i.Id + seed) * IdeaFilter.ShuffleMultiplier % IdeaFilter.ShuffleModulus) % IdeaFilter.ShuffleModulus).ThenBy(i => i.Id),
                _ => ideas.OrderByDescending(i => i.SupportCount).ThenBy(i => i.Id),
            },
            page,
            pageSize,
            ct);
    }

    public async Task<IReadOnlyList<IdeaText>> ListPublicTextsAsync(int limit, CancellationToken ct) =>
        await db.Ideas.AsNoTracking()
            .Where(i => PublicStatuses.Contains(i.Status) && !i.IsHidden)
            .OrderByDescending(i => i.Id)
            .Take(limit)
            .Select(i => new IdeaText(i.Id, i.AuthorId, i.Title, i.Description))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<Idea>> ListAwaitingCoordinatorAsync(CancellationToken ct) =>
        await db.Ideas
            .Where(i => i.Status == IdeaStatus.Submitted || i.IsHidden)
            .OrderBy(i => i.Id)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<Idea>> ListAllAsync(CancellationToken ct) =>
        await db.Ideas.Include(i => i.History).OrderBy(i => i.Id).ToListAsync(ct);

    public Task<IdeaSupport?> FindSupportAsync(long ideaId, long memberId, CancellationToken ct) =>
        db.IdeaSupports.FindAsync([ideaId, memberId], ct).AsTask();

    public async Task<IReadOnlySet<long>> SupportedAmongAsync(long memberId, IReadOnlyCollection<long> ideaIds, CancellationToken ct) =>
        (await db.IdeaSupports
            .Where(s => s.MemberId == memberId && ideaIds.Contains(s.IdeaId))
            .Select(s => s.IdeaId)
            .ToListAsync(ct))
        .ToHashSet();

    public void AddSupport(IdeaSupport support) => db.IdeaSupports.Add(support);

    public void RemoveSupport(IdeaSupport support) => db.IdeaSupports.Remove(support);

    public Task<bool> HasReportedAsync(long ideaId, long memberId, CancellationToken ct) =>
        db.IdeaReports.AnyAsync(r => r.IdeaId == ideaId && r.MemberId == memberId, ct);

    public void AddReport(IdeaReport report) => db.IdeaReports.Add(report);

    public Task<IdeaReport?> FindReportAsync(long ideaId, long memberId, CancellationToken ct) =>
        db.IdeaReports.FindAsync([ideaId, memberId], ct).AsTask();

    public void RemoveReport(IdeaReport report) => db.IdeaReports.Remove(report);

    public async Task<IReadOnlyDictionary<ReportReason, int>> CountReportReasonsAsync(long ideaId, CancellationToken ct) =>
        (await db.IdeaReports.Where(r => r.IdeaId == ideaId).GroupBy(r => r.Reason).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Key, g => g.Count);

    public Task ClearReportsAsync(long ideaId, CancellationToken ct) =>
        db.IdeaReports.Where(r => r.IdeaId == ideaId).ExecuteDeleteAsync(ct);
}
