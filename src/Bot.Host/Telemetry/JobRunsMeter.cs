using System.Diagnostics;
using Quartz;

namespace GenYCity.Bot.Host.Telemetry;

/// <summary>
/// Counts the scheduled jobs' runs on this instance, by job and outcome, with how long each took, and shows each
/// run as a span of its own (from when it started to when it ended), so a slow digest or a failing retention run
/// can be seen beside the updates of the same minutes.
/// </summary>
internal sealed class JobRunsMeter(BotMetrics metrics) : IJobListener
{
    public string Name => "telemetry";

    /// <summary>Listens to every job of the scheduler; added before it starts.</summary>
    public void Watch(IScheduler scheduler) => scheduler.ListenerManager.AddJobListener(this, [Matchers.AllJobs()]);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var job = context.JobDetail.Key.Name;
        var failed = jobException is not null;
        metrics.JobRan(job, failed, context.JobRunTime);
        using var span = BotTelemetry.Source.StartActivity(
            "bot.job", ActivityKind.Internal, parentContext: default, startTime: DateTimeOffset.UtcNow - context.JobRunTime);
        span?.SetTag("bot.job", job);
        if (failed)
        {
            span?.SetStatus(ActivityStatusCode.Error, "the job failed; the log says why");
        }

        return ValueTask.CompletedTask;
    }
}
