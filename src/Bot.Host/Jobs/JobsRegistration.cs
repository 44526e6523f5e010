using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Events;
using Quartz;

namespace GenYCity.Bot.Host.Jobs;

public static class JobsRegistration
{
    /// <summary>Quartz, ticking the jobs; each job type is also in DI so a broken constructor fails at start.</summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var cron = builder.Configuration[$"{EventsOptions.SectionName}:{nameof(EventsOptions.ReminderCron)}"] ?? new EventsOptions().ReminderCron;
        var zone = builder.Configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.TimeZone)}"] ?? new BotOptions().TimeZone;
        builder.Services.AddTransient<EventReminderJob>();
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
                    .InTimeZone(TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found : TimeZoneInfo.Utc)
                    // After downtime the next tick sends what is due; there is nothing to catch up tick by tick.
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }
}
