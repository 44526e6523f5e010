using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.SimilarIdeas;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>The idea store as lists, for domain tests; the EF Core one is tested against SQLite in the host tests.</summary>
internal sealed class InMemoryIdeas : IIdeaRepository
{
    private readonly List<Idea> ideas = [];
    private readonly List<IdeaSupport> supports = [];
    private readonly List<IdeaReport> reports = [];

    public IReadOnlyList<Idea> All => ideas;

    public IReadOnlyList<IdeaSupport> Supports => supports;

    public IReadOnlyList<IdeaReport> Reports => reports;

    public Task<Idea?> FindAsync(long id, CancellationToken ct) => Task.FromResult(ideas.SingleOrDefault(i => i.Id == id));

    public Task<Idea?> FindBySubmissionKeyAsync(string submissionKey, CancellationToken ct) =>
        Task.FromResult(ideas.SingleOrDefault(i => i.SubmissionKey == submissionKey));

    public Task AddAsync(Idea idea, CancellationToken ct)
    {
        if (ideas.Any(i => i.SubmissionKey == idea.SubmissionKey))
        {
            throw new InvalidOperationException("duplicate submission key (the unique index would refuse it)");
        }

        typeof(Idea).GetProperty(nameof(Idea.Id))!.SetValue(idea, ideas.Count + 1L);
        ideas.Add(idea);
        return Task.CompletedTask;
    }

    public Task<int> CountByAuthorSinceAsync(long authorId, DateTimeOffset since, CancellationToken ct) =>
        Task.FromResult(ideas.Count(i => i.AuthorId == authorId && i.CreatedAt > since));

    public Task<IReadOnlyList<Idea>> ListByAuthorAsync(long authorId, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Idea>>(ideas.Where(i => i.AuthorId == authorId).OrderByDescending(i => i.Id).Take(limit).ToList());

    public Task<IReadOnlyList<IdeaText>> ListPublicTextsAsync(int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<IdeaText>>(ideas.Where(i => i.IsPublic).OrderByDescending(i => i.Id).Take(limit).Select(i => new IdeaText(i.Id, i.AuthorId, i.Title, i.Description)).ToList());

    public Task<Page<Idea>> ListPublicAsync(IdeaFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var chosen = ideas.Where(i => i.IsPublic && (filter.ThemeKey is null || i.ThemeKey == filter.ThemeKey) && (filter.DistrictKey is null || i.DistrictKey == filter.DistrictKey));
        var visible = (filter.Sort switch
        {
            IdeaSort.Newest => chosen.OrderByDescending(i => i.Id),
            IdeaSort.Shuffled => chosen.OrderBy(i => IdeaFilter.ShuffleKey(i.Id, filter.Seed)).ThenBy(i => i.Id),
            _ => chosen.OrderByDescending(i => i.SupportCount).ThenBy(i => i.Id),
        }).ToList();
        var count = Math.Max(1, (visible.Count + pageSize - 1) / pageSize);
        var number = Math.Clamp(page, 1, count);
        return Task.FromResult(new Page<Idea>(visible.Skip((number - 1) * pageSize).Take(pageSize).ToList(), number, count, visible.Count));
    }

    public Task<IReadOnlyList<Idea>> ListAwaitingCoordinatorAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Idea>>(ideas.Where(i => i.Status == IdeaStatus.Submitted || i.IsHidden).OrderBy(i => i.Id).ToList());

    public Task<IReadOnlyList<Idea>> ListAllAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<Idea>>(ideas.ToList());

    public Task<IdeaSupport?> FindSupportAsync(long ideaId, long memberId, CancellationToken ct) =>
        Task.FromResult(supports.SingleOrDefault(s => s.IdeaId == ideaId && s.MemberId == memberId));

    public Task<IReadOnlySet<long>> SupportedAmongAsync(long memberId, IReadOnlyCollection<long> ideaIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<long>>(supports.Where(s => s.MemberId == memberId && ideaIds.Contains(s.IdeaId)).Select(s => s.IdeaId).ToHashSet());

    public void AddSupport(IdeaSupport support) => supports.Add(support);

    public void RemoveSupport(IdeaSupport support) => supports.Remove(support);

    public Task<bool> HasReportedAsync(long ideaId, long memberId, CancellationToken ct) =>
        Task.FromResult(reports.Any(r => r.IdeaId == ideaId && r.MemberId == memberId));

    public void AddReport(IdeaReport report) => reports.Add(report);

    public Task<IdeaReport?> FindReportAsync(long ideaId, long memberId, CancellationToken ct) =>
        Task.FromResult(reports.SingleOrDefault(r => r.IdeaId == ideaId && r.MemberId == memberId));

    public void RemoveReport(IdeaReport report) => reports.Remove(report);

    public Task<IReadOnlyDictionary<ReportReason, int>> CountReportReasonsAsync(long ideaId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<ReportReason, int>>(reports.Where(r => r.IdeaId == ideaId).GroupBy(r => r.Reason).ToDictionary(g => g.Key, g => g.Count()));

    public Task ClearReportsAsync(long ideaId, CancellationToken ct)
    {
        reports.RemoveAll(r => r.IdeaId == ideaId);
        return Task.CompletedTask;
    }
}
