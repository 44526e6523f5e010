using GenYCity.Bot.Domain.Budgets;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>
/// Budgets, their projects and ballots as lists, for domain tests; numbered from 1 on Add, as the store numbers
/// them. The EF Core store is tested against SQLite and PostgreSQL in the host tests.
/// </summary>
internal sealed class InMemoryBudgets : IBudgetRepository
{
    private readonly List<Budget> budgets = [];
    private readonly List<BudgetProject> projects = [];
    private readonly List<BudgetBallot> ballots = [];
    private readonly List<BudgetBallotLine> lines = [];
    private long projectNumbers;

    public IReadOnlyList<Budget> All => budgets;

    public IReadOnlyList<BudgetProject> Projects => projects;

    public IReadOnlyList<BudgetBallot> Ballots => ballots;

    public IReadOnlyList<BudgetBallotLine> Lines => lines;

    public Task AddAsync(Budget budget, CancellationToken ct)
    {
        typeof(Budget).GetProperty(nameof(Budget.Id))!.SetValue(budget, budgets.Count + 1L);
        budgets.Add(budget);
        return Task.CompletedTask;
    }

    public Task<Budget?> FindAsync(long id, CancellationToken ct) => Task.FromResult(budgets.SingleOrDefault(b => b.Id == id));

    public Task<IReadOnlyList<Budget>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Budget>>([.. budgets.OrderByDescending(b => b.ClosesAt).ThenByDescending(b => b.Id)]);

    public Task<IReadOnlyList<Budget>> ListVotingAsync(DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Budget>>([.. budgets.Where(b => b.Status == BudgetStatus.Planned && b.OpensAt <= now && b.ClosesAt > now).OrderBy(b => b.ClosesAt).ThenBy(b => b.Id)]);

    public Task<Budget?> NextToOpenAsync(DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult(budgets.Where(b => b.Status == BudgetStatus.Planned && b.OpensAt > now).OrderBy(b => b.OpensAt).ThenBy(b => b.Id).FirstOrDefault());

    public Task<IReadOnlyList<Budget>> ListClosedSinceAsync(DateTimeOffset since, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Budget>>([.. budgets.Where(b => b.Status == BudgetStatus.Closed && b.ClosedAt >= since).OrderByDescending(b => b.ClosedAt).ThenByDescending(b => b.Id)]);

    public Task<IReadOnlyList<Budget>> ListToAnnounceAsync(DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Budget>>([.. budgets.Where(b => b.Status == BudgetStatus.Planned && b.AnnouncedAt == null && b.OpensAt <= now && b.ClosesAt > now).OrderBy(b => b.Id)]);

    public Task<IReadOnlyList<Budget>> ListDueAsync(DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Budget>>([.. budgets.Where(b => b.Status == BudgetStatus.Planned && b.ClosesAt <= now).OrderBy(b => b.Id)]);

    public Task<IReadOnlyList<BudgetProject>> ProjectsAsync(long budgetId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BudgetProject>>([.. projects.Where(p => p.BudgetId == budgetId).OrderBy(p => p.Id)]);

    public Task<BudgetProject?> FindProjectAsync(long id, CancellationToken ct) => Task.FromResult(projects.SingleOrDefault(p => p.Id == id));

    public Task AddProjectAsync(BudgetProject project, CancellationToken ct)
    {
        // A counter, not the count: a removed project's number is not given again.
        typeof(BudgetProject).GetProperty(nameof(BudgetProject.Id))!.SetValue(project, ++projectNumbers);
        projects.Add(project);
        return Task.CompletedTask;
    }

    public void RemoveProject(BudgetProject project) => projects.Remove(project);

    public Task<bool> HasIdeaAsync(long budgetId, long ideaId, CancellationToken ct) =>
        Task.FromResult(projects.Any(p => p.BudgetId == budgetId && p.IdeaId == ideaId));

    public Task<BudgetBallot?> FindBallotAsync(long budgetId, long memberId, CancellationToken ct) =>
        Task.FromResult(ballots.SingleOrDefault(b => b.BudgetId == budgetId && b.MemberId == memberId));

    public Task AddBallotAsync(BudgetBallot ballot, CancellationToken ct)
    {
        typeof(BudgetBallot).GetProperty(nameof(BudgetBallot.Id))!.SetValue(ballot, ballots.Count + 1L);
        ballots.Add(ballot);
        return Task.CompletedTask;
    }

    public Task DiscardUncastAsync(long budgetId, CancellationToken ct)
    {
        var uncast = ballots.Where(b => b.BudgetId == budgetId && !b.IsCast).Select(b => b.Id).ToHashSet();
        ballots.RemoveAll(b => uncast.Contains(b.Id));
        lines.RemoveAll(l => uncast.Contains(l.BallotId));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<long>> ChosenAsync(long ballotId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<long>>([.. lines.Where(l => l.BallotId == ballotId).Select(l => l.ProjectId).Order()]);

    public void Choose(long ballotId, long projectId)
    {
        // The store's key is (ballot, project): the same line twice would fail there, so it fails here too.
        if (lines.Any(l => l.BallotId == ballotId && l.ProjectId == projectId))
        {
            throw new InvalidOperationException($"Project {projectId} is on ballot {ballotId} already.");
        }

        lines.Add(new BudgetBallotLine(ballotId, projectId));
    }

    public Task UnchooseAsync(long ballotId, long projectId, CancellationToken ct)
    {
        lines.RemoveAll(l => l.BallotId == ballotId && l.ProjectId == projectId);
        return Task.CompletedTask;
    }

    /// <summary>Only the cast ballots count: a ballot still being chosen, or withdrawn, adds nothing.</summary>
    public Task<BudgetCounts> CountAsync(long budgetId, CancellationToken ct)
    {
        var cast = ballots.Where(b => b.BudgetId == budgetId && b.IsCast).Select(b => b.Id).ToHashSet();
        var byProject = lines.Where(l => cast.Contains(l.BallotId)).GroupBy(l => l.ProjectId).ToDictionary(g => g.Key, g => g.Count());
        return Task.FromResult(new BudgetCounts(cast.Count, byProject));
    }
}
