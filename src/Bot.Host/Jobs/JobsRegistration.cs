using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Host.Configuration;
using Quartz;

namespace GenYCity.Bot.Host.Jobs;

public static class JobsRegistration
{
    /// <summary>Quartz, ticking the jobs; each job type is also in DI so a broken constructor fails at start.</summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var cron = builder.Configuration[$"{EventsOptions.SectionName}:{nameof(EventsOptions.ReminderCron)}"] ?? new EventsOptions().ReminderCron;
        var zone = builder.Configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.TimeZone)}"] ?? new BotOptions().TimeZone;
        var digestCron = builder.Configuration[$"{DigestOptions.SectionName}:{nameof(DigestOptions.Cron)}"] ?? new DigestOptions().Cron;
        var cityZone = TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var city) ? city : TimeZoneInfo.Utc;
        builder.Services.AddValidatedOptions<DigestOptions>(DigestOptions.SectionName)
            .Validate(o => CronExpression.TryParse(o.Cron, out _), "Digest:Cron is not a Quartz cron expression (for example 0 0 10 ? * MON).");
        builder.Services.AddSingleton<IDigestSchedule, DigestSchedule>();
        builder.Services.AddTransient<EventReminderJob>();
        builder.Services.AddTransient<WeeklyDigestJob>();
        builder.Services.AddValidatedOptions<PrivacyOptions>(PrivacyOptions.SectionName)
            .Validate(o => CronExpression.TryParse(o.RetentionCron, out _), "Privacy:RetentionCron is not a Quartz cron expression (for example 0 30 3 * * ?).");
        builder.Services.AddTransient<RetentionJob>();
        var retentionCron = builder.Configuration[$"{PrivacyOptions.SectionName}:{nameof(PrivacyOptions.RetentionCron)}"] ?? new PrivacyOptions().RetentionCron;
        builder.Services.AddQuartz(quartz =>
        {
            quartz.AddJob<EventReminderJob>(job => job
                .WithIdentity(EventReminderJob.Key)
                .StoreDurably()
                .DisallowConcurrentExecution()
                .WithDescription("Sends the event reminders that are due"));
            quartz.AddTrigger<EventReminderJob>(trigger => trigger
                .ForJob(EventReminderJob.Key)
                .WithIdentity("event-reminders-tick", "events")
                .WithSchedule(CronScheduleBuilder.Create(cron)
                    .InTimeZone(cityZone)
                    // After downtime the next tick sends what is due; there is nothing to catch up tick by tick.
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
            quartz.AddJob<WeeklyDigestJob>(job => job
                .WithIdentity(WeeklyDigestJob.Key)
                .StoreDurably()
                .DisallowConcurrentExecution()
                .WithDescription("Sends the weekly digest once per scheduled period"));
            quartz.AddTrigger<WeeklyDigestJob>(trigger => trigger
                .ForJob(WeeklyDigestJob.Key)
                .WithIdentity("weekly-digest-tick", "digest")
                .WithSchedule(CronScheduleBuilder.Create(digestCron)
                    .InTimeZone(cityZone)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
            quartz.AddJob<RetentionJob>(job => job.WithIdentity(RetentionJob.Key).StoreDurably().DisallowConcurrentExecution());
            quartz.AddTrigger<RetentionJob>(trigger => trigger
                .ForJob(RetentionJob.Key)
                .WithIdentity("retention-tick", "privacy")
                .WithSchedule(CronScheduleBuilder.Create(retentionCron).InTimeZone(cityZone).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
            // Once at start: a send missed while the bot was down goes out now (once: the period is recorded).
            quartz.AddTrigger<WeeklyDigestJob>(trigger => trigger
                .ForJob(WeeklyDigestJob.Key)
                .WithIdentity("weekly-digest-catch-up", "digest")
                .StartNow());
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }
}
