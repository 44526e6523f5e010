namespace GenYCity.Bot.Domain.Budgets;

/// <summary>
/// One person's ballot in one budget: the projects they chose (<see cref="BudgetBallotLine"/>), kept while they
/// choose, as a draft is, and counted once cast. One per person per budget (the unique key says so, however many
/// instances take presses); withdrawn, it is a choice again, to change and cast anew until the closing. The
/// version changes with every change, so two presses at once cannot both change the same ballot.
/// After the closing, /forgetme unlinks it from the person (<see cref="MemberId"/> null) and it still counts.
/// </summary>
public sealed class BudgetBallot
{
    private BudgetBallot()
    {
    }

    public long Id { get; private set; }

    public long BudgetId { get; private set; }

    public long? MemberId { get; private set; }

    public BallotStatus Status { get; private set; }

    public DateTimeOffset? CastAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsCast => Status == BallotStatus.Cast;

    public static BudgetBallot Start(long budgetId, long memberId, DateTimeOffset now) =>
        new() { BudgetId = budgetId, MemberId = memberId, Status = BallotStatus.Choosing, UpdatedAt = now };

    /// <summary>A project added or removed.</summary>
    public void Changed(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    public bool Cast(DateTimeOffset now)
    {
        if (IsCast)
        {
            return false;
        }

        Status = BallotStatus.Cast;
        CastAt = now;
        Changed(now);
        return true;
    }

    public bool Withdraw(DateTimeOffset now)
    {
        if (!IsCast)
        {
            return false;
        }

        Status = BallotStatus.Choosing;
        CastAt = null;
        Changed(now);
        return true;
    }
}

/// <summary>A ballot is being chosen, or cast (and counted).</summary>
public enum BallotStatus
{
    Choosing,
    Cast,
}

/// <summary>One project on one ballot.</summary>
public sealed class BudgetBallotLine(long ballotId, long projectId)
{
    public long BallotId { get; private set; } = ballotId;

    public long ProjectId { get; private set; } = projectId;
}
