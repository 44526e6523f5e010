using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Configuration;
using Quartz;

namespace GenYCity.Bot.Host.Jobs;

public static class JobsRegistration
{
    /// <summary>
    /// Quartz, ticking the jobs on their cron in the city's time zone; each job type is also in DI so a
    /// broken constructor fails at start. The database, not Quartz, knows what was done: after downtime a
    /// tick does what is due (misfires are not replayed one by one).
    /// </summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var zone = configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.TimeZone)}"] ?? new BotOptions().TimeZone;
        var cityZone = TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var city) ? city : TimeZoneInfo.Utc;
        var reminderCron = configuration[$"{EventsOptions.SectionName}:{nameof(EventsOptions.ReminderCron)}"] ?? new EventsOptions().ReminderCron;
        var digestCron = configuration[$"{DigestOptions.SectionName}:{nameof(DigestOptions.Cron)}"] ?? new DigestOptions().Cron;
        var retentionCron = configuration[$"{PrivacyOptions.SectionName}:{nameof(PrivacyOptions.RetentionCron)}"] ?? new PrivacyOptions().RetentionCron;

        builder.Services.AddValidatedOptions<DigestOptions>(DigestOptions.SectionName)
            .Validate(o => CronExpression.TryParse(o.Cron, out _), "Digest:Cron is not a Quartz cron expression (for example 0 0 10 ? * MON).");
        builder.Services.AddOptions<EventsOptions>()
            .Validate(o => CronExpression.TryParse(o.ReminderCron, out _), "Events:ReminderCron is not a Quartz cron expression (for example 0 * * * * ?).");
        builder.Services.AddOptions<PrivacyOptions>()
            .Validate(o => CronExpression.TryParse(o.RetentionCron, out _), "Privacy:RetentionCron is not a Quartz cron expression (for example 0 30 3 * * ?).");
        builder.Services.AddSingleton<IDigestSchedule, DigestSchedule>();
        builder.Services.AddTransient<EventReminderJob>();
        builder.Services.AddTransient<WeeklyDigestJob>();
        builder.Services.AddTransient<RetentionJob>();
        builder.Services.AddQuartz(quartz =>
        {
            quartz.AddCronJob<EventReminderJob>(EventReminderJob.Key, reminderCron, cityZone, "Sends the event reminders that are due");
            quartz.AddCronJob<WeeklyDigestJob>(WeeklyDigestJob.Key, digestCron, cityZone, "Sends the weekly digest once per scheduled period");
            quartz.AddCronJob<RetentionJob>(RetentionJob.Key, retentionCron, cityZone, "Purges what is kept only for a while");
            // Once at start: a digest missed while the bot was down goes out now (once: the period is recorded).
            quartz.AddTrigger<WeeklyDigestJob>(trigger => trigger
                .ForJob(WeeklyDigestJob.Key)
                .WithIdentity("weekly-digest-catch-up", WeeklyDigestJob.Key.Group)
                .StartNow());
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }

    private static void AddCronJob<TJob>(this IQuartzBuilder quartz, JobKey key, string cron, TimeZoneInfo zone, string description)
        where TJob : IJob
    {
        quartz.AddJob<TJob>(job => job.WithIdentity(key).StoreDurably().DisallowConcurrentExecution().WithDescription(description));
        quartz.AddTrigger<TJob>(trigger => trigger
            .ForJob(key)
            .WithIdentity($"{key.Name}-tick", key.Group)
            .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
    }
}
