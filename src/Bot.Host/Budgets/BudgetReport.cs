using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Budgets;

/// <summary>
/// The budgets in the action-plan report: for each budget with ballots cast in the period, how many, and how many of
/// their voters took part in the bot for the first time (in none of its ways before the period).
/// </summary>
internal sealed class BudgetReport : IReportPart
{
    public async Task<ReportSection?> GatherAsync(BotDbContext db, Period period, IQueryable<long> before, Language language, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var cast = db.Set<BudgetBallot>().AsNoTracking().Where(b => b.Status == BallotStatus.Cast && b.CastAt >= from && b.CastAt < to);
        var ballots = await cast.GroupBy(b => b.BudgetId).Select(g => new { Budget = g.Key, Count = g.Count() }).ToListAsync(ct);
        if (ballots.Count == 0)
        {
            return null;
        }

        var firstTime = await cast.Where(b => b.MemberId != null && !before.Contains(b.MemberId!.Value))
            .GroupBy(b => b.BudgetId).Select(g => new { Budget = g.Key, Count = g.Count() }).ToListAsync(ct);
        var ids = ballots.Select(b => b.Budget).ToList();
        var titles = await db.Set<Budget>().AsNoTracking().Where(b => ids.Contains(b.Id)).Select(b => new { b.Id, b.TitleJson }).ToListAsync(ct);
        var p = BudgetPhrases.For(language);
        return new ReportSection(
            "budgets",
            p.ReportBudgets,
            [("ballots", p.ReportBallotsCast), ("first_time", p.ReportFirstTimeVoters)],
            [.. ballots.OrderBy(b => b.Budget).Select(b => new ReportSectionRow(
                b.Budget,
                Budget.In(Budget.Read(titles.Single(t => t.Id == b.Budget).TitleJson), language),
                [b.Count, firstTime.SingleOrDefault(f => f.Budget == b.Budget)?.Count ?? 0]))]);
    }
}
