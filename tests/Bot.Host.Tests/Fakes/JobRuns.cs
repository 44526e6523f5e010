using System.Collections.Concurrent;
using Quartz;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>One run of a job that has finished (or was vetoed), as the scheduler's listener saw it.</summary>
public sealed record JobRun(JobKey Job, DateTimeOffset? ScheduledFireTime, DateTimeOffset FinishedAt);

/// <summary>
/// Tells a test when a job has run. It listens to the bot's scheduler from before the scheduler starts, so it
/// sees every run: those a test fires (each firing carries an id in its data, and the test's wait ends when
/// the run with that id has finished), those the bot fires itself at start, and the cron's. So "the job did
/// nothing" is seen after the job, never before it ran.
/// </summary>
public sealed class JobRuns : IJobListener
{
    private const string RunKey = "test-run";
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new();
    private readonly ConcurrentQueue<JobRun> finished = new();

    public string Name => "test-job-runs";

    /// <summary>Every run finished so far, in the order they finished.</summary>
    public IReadOnlyCollection<JobRun> Finished => finished;

    /// <summary>Listens to every job of the scheduler; called before it starts, so no run goes unseen.</summary>
    public void Watch(IScheduler scheduler) => scheduler.ListenerManager.AddJobListener(this, [Matchers.AllJobs()]);

    /// <summary>Fires the job through the scheduler and waits until that firing has run.</summary>
    public async Task RunAsync(IScheduler scheduler, JobKey job)
    {
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

    /// <summary>Waits until a run of the job that matches has finished, however it was fired.</summary>
    public Task WaitForRunAsync(JobKey job, Func<JobRun, bool>? match = null, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(match))] string what = "") =>
        Eventually.WaitUntilAsync(
            () => finished.Any(run => run.Job.Equals(job) && (match?.Invoke(run) ?? true)),
            $"a finished run of {job}{(match is null ? "" : $" where {what}")}");

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Record(context, failure: null);

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) =>
        Record(context, jobException);

    // A run a test fired that threw fails the test with the job's exception, rather than leaving it to wait for an effect.
    private ValueTask Record(IJobExecutionContext context, JobExecutionException? failure)
    {
        finished.Enqueue(new JobRun(context.JobDetail.Key, context.ScheduledFireTimeUtc, DateTimeOffset.UtcNow));
        if (context.MergedJobDataMap.TryGetString(RunKey, out var id) && id is not null && waiting.TryRemove(id, out var done))
        {
            if (failure is null)
            {
                done.SetResult();
            }
            else
            {
                done.SetException(new InvalidOperationException($"The job {context.JobDetail.Key} failed: {failure.InnerException?.Message ?? failure.Message}", failure));
            }
        }

        return ValueTask.CompletedTask;
    }
}
