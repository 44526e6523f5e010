using GenYCity.Bot.Domain.Polls;
using GenYCity.Bot.Host.Dispatch;
using Quartz;

namespace GenYCity.Bot.Host.Polls;

/// <summary>
/// Ticks the polls' closing: each poll whose time has come is closed and its results started to its voters
/// in one unit of work; the poll's status and version let only one run, on one instance, close it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PollClosingJob(UnitOfWork unitOfWork, TimeProvider clock, ILogger<PollClosingJob> logger) : IJob
{
    public static readonly JobKey Key = new("poll-closing", "polls");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        int closed;
        try
        {
            (_, closed) = await unitOfWork.RunAsync<int>(async services =>
            {
                var (count, messages) = await services.GetRequiredService<PollClosing>().CloseDueAsync(clock.GetUtcNow(), cancellationToken);
                return (count, count > 0 ? messages : null);
            }, cancellationToken);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            // Closed a moment earlier by a coordinator's Close now or another instance: its results stand.
            logger.LogInformation("A poll due now was closed by another run");
            return;
        }

        if (closed > 0)
        {
            logger.LogInformation("Closed {Count} polls; their results are on their way to the voters", closed);
        }
    }
}
