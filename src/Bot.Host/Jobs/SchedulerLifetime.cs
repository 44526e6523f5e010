using Quartz;

namespace GenYCity.Bot.Host.Jobs;

/// <summary>
/// Starts the job scheduler with the host, and stops it when the host stops, letting a running job finish, but no
/// longer than the host gives its services to stop. With the database unreachable, Quartz's clustered store retries
/// releasing a trigger it had acquired until the store is shut down, which happens only after that wait: the stop
/// would never end, and a supervisor would have to kill the bot (seen when PostgreSQL went away as the bot stopped).
/// </summary>
internal sealed class SchedulerLifetime(ISchedulerFactory schedulers, ILogger<SchedulerLifetime> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) =>
        await (await schedulers.GetScheduler(cancellationToken)).Start(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(CancellationToken.None);
        try
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None).AsTask().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("The job scheduler did not stop in time (is the database reachable?); the bot stops without waiting for it");
        }
    }
}
