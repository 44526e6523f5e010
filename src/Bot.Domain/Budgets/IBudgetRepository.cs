namespace GenYCity.Bot.Domain.Budgets;

/// <summary>Port to budgets, their projects and ballots; changes are saved with the unit of work.</summary>
public interface IBudgetRepository
{
    /// <summary>Adds the budget and gives it its number, inside the current unit of work.</summary>
    Task AddAsync(Budget budget, CancellationToken ct);

    Task<Budget?> FindAsync(long id, CancellationToken ct);

    /// <summary>Every budget, the latest to close first.</summary>
    Task<IReadOnlyList<Budget>> ListAsync(CancellationToken ct);

    /// <summary>The budgets open for voting now, the soonest to close first.</summary>
    Task<IReadOnlyList<Budget>> ListVotingAsync(DateTimeOffset now, CancellationToken ct);

    /// <summary>The next budget to open after now, if any.</summary>
    Task<Budget?> NextToOpenAsync(DateTimeOffset now, CancellationToken ct);

    /// <summary>The budgets closed since <paramref name="since"/>, the latest first.</summary>
    Task<IReadOnlyList<Budget>> ListClosedSinceAsync(DateTimeOffset since, CancellationToken ct);

    /// <summary>Budgets open now whose opening has not been announced.</summary>
    Task<IReadOnlyList<Budget>> ListToAnnounceAsync(DateTimeOffset now, CancellationToken ct);

    /// <summary>Budgets whose closing time has come and that are not closed.</summary>
    Task<IReadOnlyList<Budget>> ListDueAsync(DateTimeOffset now, CancellationToken ct);

    /// <summary>A budget's projects, the earliest first.</summary>
    Task<IReadOnlyList<BudgetProject>> ProjectsAsync(long budgetId, CancellationToken ct);

    Task<BudgetProject?> FindProjectAsync(long id, CancellationToken ct);

    /// <summary>Adds the project and gives it its number, inside the current unit of work.</summary>
    Task AddProjectAsync(BudgetProject project, CancellationToken ct);

    void RemoveProject(BudgetProject project);

    /// <summary>Whether an idea is on this budget's ballot already.</summary>
    Task<bool> HasIdeaAsync(long budgetId, long ideaId, CancellationToken ct);

    Task<BudgetBallot?> FindBallotAsync(long budgetId, long memberId, CancellationToken ct);

    /// <summary>Adds the ballot and gives it its number, inside the current unit of work.</summary>
    Task AddBallotAsync(BudgetBallot ballot, CancellationToken ct);

    /// <summary>The projects on a ballot (those chosen in this unit of work included).</summary>
    Task<IReadOnlyList<long>> ChosenAsync(long ballotId, CancellationToken ct);

    void Choose(long ballotId, long projectId);

    Task UnchooseAsync(long ballotId, long projectId, CancellationToken ct);

    /// <summary>At the closing, the ballots never cast (a choice left unfinished) are deleted with their lines.</summary>
    Task DiscardUncastAsync(long budgetId, CancellationToken ct);

    /// <summary>The votes, counted from the cast ballots (those of this unit of work included).</summary>
    Task<BudgetCounts> CountAsync(long budgetId, CancellationToken ct);
}
