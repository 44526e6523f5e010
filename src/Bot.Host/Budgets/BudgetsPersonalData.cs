using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Budgets;

/// <summary>
/// A person's ballots, in /mydata with the projects they chose. /forgetme deletes a ballot in a budget still open
/// (it stops counting), and unlinks one in a closed budget from the person, so the published results stay as they
/// were. A coordinator's budgets stay, unlinked from them.
/// </summary>
internal sealed class BudgetsPersonalData(BotDbContext db) : IPersonalDataPart
{
    public IReadOnlyList<Type> Tables { get; } = [typeof(Budget), typeof(BudgetProject), typeof(BudgetBallot), typeof(BudgetBallotLine)];

    public async Task CollectAsync(Member member, PersonalData data, CancellationToken ct)
    {
        var ballots = await db.Set<BudgetBallot>().AsNoTracking().Where(b => b.MemberId == member.Id).OrderBy(b => b.BudgetId)
            .Join(db.Set<Budget>(), b => b.BudgetId, budget => budget.Id, (b, budget) => new { b.Id, b.BudgetId, budget.TitleJson, b.Status, b.CastAt, b.UpdatedAt })
            .ToListAsync(ct);
        var ids = ballots.Select(b => b.Id).ToList();
        var lines = await db.Set<BudgetBallotLine>().AsNoTracking().Where(l => ids.Contains(l.BallotId))
            .Join(db.Set<BudgetProject>(), l => l.ProjectId, p => p.Id, (l, p) => new { l.BallotId, p.Id, p.TitleJson })
            .OrderBy(l => l.Id)
            .ToListAsync(ct);
        data.Add("budget_ballots", ballots.Select(b => new PersonalData.BallotData(
            b.BudgetId,
            Budget.In(Budget.Read(b.TitleJson), member.Language),
            b.Status.ToString(),
            lines.Where(l => l.BallotId == b.Id).Select(l => Budget.In(Budget.Read(l.TitleJson), member.Language)).ToList(),
            b.CastAt,
            b.UpdatedAt)).ToList());
        data.Add("budgets_made", await db.Set<Budget>().AsNoTracking().Where(b => b.CreatedById == member.Id).OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.CreatedAt }).ToListAsync(ct));
    }

    public async Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct)
    {
        var ballots = db.Set<BudgetBallot>().Where(b => b.MemberId == member.Id);
        await ballots.Where(b => b.Status == BallotStatus.Cast && db.Set<Budget>().Any(budget => budget.Id == b.BudgetId && budget.Status == BudgetStatus.Closed))
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.MemberId, (long?)null), ct);
        await ballots.ExecuteDeleteAsync(ct);
        await db.Set<Budget>().Where(b => b.CreatedById == member.Id).ExecuteUpdateAsync(b => b.SetProperty(x => x.CreatedById, (long?)null), ct);
    }
}
