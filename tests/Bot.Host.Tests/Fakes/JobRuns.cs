using System.Collections.Concurrent;
using Quartz;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// Tells a test when a job it fired has run: each firing carries an id in its data, and the scheduler's listener
/// completes the test's wait when the job with that id has finished (or was vetoed), so "the job did nothing" is
/// seen after the job, never before it ran.
/// </summary>
public sealed class JobRuns : IJobListener
{
    private const string RunKey = "test-run";
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new();
    private int attached;

    public string Name => "test-job-runs";

    /// <summary>Fires the job through the scheduler and waits until that firing has run.</summary>
    public async Task RunAsync(IScheduler scheduler, JobKey job)
    {
        if (Interlocked.Exchange(ref attached, 1) == 0)
        {
            scheduler.ListenerManager.AddJobListener(this, [Matchers.AllJobs()]);
        }

        var id = Guid.NewGuid().ToString("N");
        var done = waiting[id] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await scheduler.TriggerJob(job, new JobDataMap { [RunKey] = id }, CancellationToken.None);
        try
        {
            await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The job {job} was fired but had not run 30 s later.");
        }
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Finished(context);

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) => Finished(context);

    private ValueTask Finished(IJobExecutionContext context)
    {
        if (context.MergedJobDataMap.TryGetString(RunKey, out var id) && id is not null && waiting.TryRemove(id, out var done))
        {
            done.SetResult();
        }

        return ValueTask.CompletedTask;
    }
}
