using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Domain.Results;
using Microsoft.Extensions.Options;
using Quartz;

namespace GenYCity.Bot.Host.Jobs;

/// <summary>
/// Puts each job and its cron trigger, in the city's time zone, into the scheduler when the host starts,
/// from the bound options (validated before any hosted service starts). A trigger the (clustered) store
/// already holds with the same cron and zone is left as it is, so its missed fires are still known; a
/// changed one is replaced. And once, at start, the digest catch-up, so a digest missed while the bot
/// was down goes out now (once: the period is recorded).
/// </summary>
internal sealed class JobSchedule(
    ISchedulerFactory schedulers,
    IOptions<BotOptions> bot,
    IOptions<EventsOptions> events,
    IOptions<DigestOptions> digest,
    IOptions<PrivacyOptions> privacy,
    IOptions<ResultsOptions> results,
    IOptions<Domain.Polls.PollsOptions> polls) : IHostedService
{
    private static readonly ScheduleJobOptions Replacing = new() { Replace = true };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(bot.Value.TimeZone);
        await CronAsync<EventReminderJob>(scheduler, EventReminderJob.Key, events.Value.ReminderCron, zone, "Sends the event reminders that are due", cancellationToken);
        await CronAsync<WeeklyDigestJob>(scheduler, WeeklyDigestJob.Key, digest.Value.Cron, zone, "Sends the weekly digest once per scheduled period", cancellationToken);
        await CronAsync<RetentionJob>(scheduler, RetentionJob.Key, privacy.Value.RetentionCron, zone, "Purges what is kept only for a while", cancellationToken);
        await CronAsync<IdeaNewsJob>(scheduler, IdeaNewsJob.Key, results.Value.NoticeCron, zone, "Tells the followers of ideas what happened to them", cancellationToken);
        await CronAsync<PollClosingJob>(scheduler, PollClosingJob.Key, polls.Value.CloseCron, zone, "Closes the polls whose time has come and sends their results", cancellationToken);
        // Fired by the scheduler on its own clock (a trigger built here would start by another one).
        await scheduler.TriggerJob(WeeklyDigestJob.Key, null!, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task CronAsync<TJob>(IScheduler scheduler, JobKey key, string cron, TimeZoneInfo zone, string description, CancellationToken ct)
        where TJob : IJob
    {
        var tickKey = new TriggerKey($"{key.Name}-tick", key.Group);
        if (await scheduler.GetTrigger(tickKey, ct) is ICronTrigger held && held.CronExpressionString == cron && held.TimeZone.Id == zone.Id)
        {
            return;
        }

        var job = JobBuilder.Create<TJob>().WithIdentity(key).StoreDurably().DisallowConcurrentExecution().WithDescription(description).Build();
        var tick = TriggerBuilder.Create()
            .ForJob(key)
            .WithIdentity(tickKey)
            .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [tick], Replacing, ct);
    }
}
