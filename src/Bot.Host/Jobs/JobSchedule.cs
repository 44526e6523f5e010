using GenYCity.Bot.Domain;
using Microsoft.Extensions.Options;
using Quartz;

namespace GenYCity.Bot.Host.Jobs;

/// <summary>
/// Puts each job and its cron trigger, in the city's time zone, into the scheduler when the host starts,
/// from the bound options (validated before any hosted service starts). A trigger the (clustered) store
/// already holds with the same cron and zone is left as it is, so its missed fires are still known; a
/// changed one is replaced. And once, at start, the jobs that catch up (the digest), so a digest missed
/// while the bot was down goes out now (once: the period is recorded).
/// </summary>
internal sealed class JobSchedule(
    ISchedulerFactory schedulers, IServiceProvider services, IEnumerable<CronJob> jobs, IOptions<BotOptions> bot, Telemetry.JobRunsMeter meter, TimeProvider clock)
    : IHostedService
{
    private static readonly ScheduleJobOptions Replacing = new() { Replace = true };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        meter.Watch(scheduler);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(bot.Value.TimeZone);
        foreach (var job in jobs)
        {
            await CronAsync(scheduler, job, job.Cron(services), zone, clock, cancellationToken);
        }

        foreach (var job in jobs.Where(j => j.AlsoAtStart))
        {
            // Fired by the scheduler on its own clock (a trigger built here would start by another one).
            await scheduler.TriggerJob(job.Key, null!, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task CronAsync(IScheduler scheduler, CronJob cronJob, string cron, TimeZoneInfo zone, TimeProvider clock, CancellationToken ct)
    {
        var key = cronJob.Key;
        var tickKey = new TriggerKey($"{key.Name}-tick", key.Group);
        if (await scheduler.GetTrigger(tickKey, ct) is ICronTrigger held && held.CronExpressionString == cron && held.TimeZone.Id == zone.Id)
        {
            return;
        }

        var job = JobBuilder.Create().OfType(cronJob.JobType).WithIdentity(key).StoreDurably().DisallowConcurrentExecution().WithDescription(cronJob.Description).Build();
        // On the bot's clock, the one the scheduler's store reads: a trigger on another clock (the machine's, the
        // builder's default) is set to fire "now" by that clock after a missed fire, and where the two disagree (a
        // test's clock a month ahead) the store finds it missed again, and again, without end.
        var tick = TriggerBuilder.Create(clock)
            .ForJob(key)
            .WithIdentity(tickKey)
            .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [tick], Replacing, ct);
    }
}
