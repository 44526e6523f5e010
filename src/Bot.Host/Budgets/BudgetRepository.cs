using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Budgets;

internal sealed class BudgetRepository(BotDbContext db) : IBudgetRepository
{
    private DbSet<Budget> Budgets => db.Set<Budget>();

    private DbSet<BudgetProject> Projects => db.Set<BudgetProject>();

    private DbSet<BudgetBallot> Ballots => db.Set<BudgetBallot>();

    private DbSet<BudgetBallotLine> Lines => db.Set<BudgetBallotLine>();

    public async Task AddAsync(Budget budget, CancellationToken ct)
    {
        Budgets.Add(budget);
        // Saved inside the unit of work's transaction: the budget gets its number; nothing is committed yet.
        await db.SaveChangesAsync(ct);
    }

    public Task<Budget?> FindAsync(long id, CancellationToken ct) => Budgets.FindAsync([id], ct).AsTask();

    public async Task<IReadOnlyList<Budget>> ListAsync(CancellationToken ct) =>
        await Budgets.OrderByDescending(b => b.ClosesAt).ThenByDescending(b => b.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<Budget>> ListVotingAsync(DateTimeOffset now, CancellationToken ct) =>
        await Budgets.Where(b => b.Status == BudgetStatus.Planned && b.OpensAt <= now && b.ClosesAt > now).OrderBy(b => b.ClosesAt).ThenBy(b => b.Id).ToListAsync(ct);

    public Task<Budget?> NextToOpenAsync(DateTimeOffset now, CancellationToken ct) =>
        Budgets.Where(b => b.Status == BudgetStatus.Planned && b.OpensAt > now).OrderBy(b => b.OpensAt).ThenBy(b => b.Id).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<Budget>> ListClosedSinceAsync(DateTimeOffset since, CancellationToken ct) =>
        await Budgets.Where(b => b.Status == BudgetStatus.Closed && b.ClosedAt >= since).OrderByDescending(b => b.ClosedAt).ThenByDescending(b => b.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<Budget>> ListToAnnounceAsync(DateTimeOffset now, CancellationToken ct) =>
        await Budgets.Where(b => b.Status == BudgetStatus.Planned && b.AnnouncedAt == null && b.OpensAt <= now && b.ClosesAt > now).OrderBy(b => b.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<Budget>> ListDueAsync(DateTimeOffset now, CancellationToken ct) =>
        await Budgets.Where(b => b.Status == BudgetStatus.Planned && b.ClosesAt <= now).OrderBy(b => b.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<BudgetProject>> ProjectsAsync(long budgetId, CancellationToken ct) =>
        await Projects.Where(p => p.BudgetId == budgetId).OrderBy(p => p.Id).ToListAsync(ct);

    public Task<BudgetProject?> FindProjectAsync(long id, CancellationToken ct) => Projects.FindAsync([id], ct).AsTask();

    public async Task AddProjectAsync(BudgetProject project, CancellationToken ct)
    {
        Projects.Add(project);
        await db.SaveChangesAsync(ct);
    }

    public void RemoveProject(BudgetProject project) => Projects.Remove(project);

    public Task<bool> HasIdeaAsync(long budgetId, long ideaId, CancellationToken ct) => Projects.AnyAsync(p => p.BudgetId == budgetId && p.IdeaId == ideaId, ct);

    public Task<BudgetBallot?> FindBallotAsync(long budgetId, long memberId, CancellationToken ct) =>
        Ballots.SingleOrDefaultAsync(b => b.BudgetId == budgetId && b.MemberId == memberId, ct);

    public async Task AddBallotAsync(BudgetBallot ballot, CancellationToken ct)
    {
        Ballots.Add(ballot);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<long>> ChosenAsync(long ballotId, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return await Lines.Where(l => l.BallotId == ballotId).Select(l => l.ProjectId).OrderBy(id => id).ToListAsync(ct);
    }

    public void Choose(long ballotId, long projectId) => Lines.Add(new BudgetBallotLine(ballotId, projectId));

    public async Task UnchooseAsync(long ballotId, long projectId, CancellationToken ct)
    {
        if (await Lines.FindAsync([ballotId, projectId], ct) is { } line)
        {
            Lines.Remove(line);
        }
    }

    public async Task DiscardUncastAsync(long budgetId, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await Ballots.Where(b => b.BudgetId == budgetId && b.Status != BallotStatus.Cast).ExecuteDeleteAsync(ct);
    }

    public async Task<BudgetCounts> CountAsync(long budgetId, CancellationToken ct)
    {
        // Saved first, so a ballot cast in this unit of work is counted too.
        await db.SaveChangesAsync(ct);
        var cast = Ballots.Where(b => b.BudgetId == budgetId && b.Status == BallotStatus.Cast);
        var ballots = await cast.CountAsync(ct);
        var byProject = await Lines.Where(l => cast.Any(b => b.Id == l.BallotId))
            .GroupBy(l => l.ProjectId)
            .Select(g => new { Project = g.Key, Votes = g.Count() })
            .ToDictionaryAsync(g => g.Project, g => g.Votes, ct);
        return new BudgetCounts(ballots, byProject);
    }
}
