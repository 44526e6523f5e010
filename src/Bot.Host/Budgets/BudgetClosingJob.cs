using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Host.Dispatch;
using Quartz;

namespace GenYCity.Bot.Host.Budgets;

/// <summary>
/// Ticks the budgets: each whose vote has opened is announced, and each whose time is up is closed and its
/// results started to its voters, in one unit of work; the budget's version lets only one run, on one instance, do either.
/// </summary>
[DisallowConcurrentExecution]
public sealed class BudgetClosingJob(UnitOfWork unitOfWork, TimeProvider clock, ILogger<BudgetClosingJob> logger) : IJob
{
    public static readonly JobKey Key = new("budget-closing", "budgets");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        (int Opened, int Closed) done;
        try
        {
            (_, done) = await unitOfWork.RunAsync<(int, int)>(async services =>
            {
                var counts = await services.GetRequiredService<BudgetClosing>().RunDueAsync(clock.GetUtcNow(), cancellationToken);
                return (counts, counts.Opened + counts.Closed > 0 ? [] : null);
            }, cancellationToken);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            // Opened or closed a moment earlier by another instance: what it did stands.
            logger.LogInformation("A budget due now was opened or closed by another run");
            return;
        }

        if (done.Opened > 0)
        {
            logger.LogInformation("Announced the opening of {Count} budget votes", done.Opened);
        }

        if (done.Closed > 0)
        {
            logger.LogInformation("Closed {Count} budget votes; their results are on their way to the voters", done.Closed);
        }
    }
}
