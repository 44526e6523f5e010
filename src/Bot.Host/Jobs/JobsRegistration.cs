using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Persistence;
using Quartz;

namespace GenYCity.Bot.Host.Jobs;

public static class JobsRegistration
{
    /// <summary>
    /// Quartz, ticking the jobs on their cron in the city's time zone (<see cref="JobSchedule"/>); each job type is also in DI so a broken constructor fails at start. The
    /// database, not Quartz, knows what was done: after downtime a tick does what is due (misfires are
    /// not replayed one by one).
    /// </summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        // The jobs of the capabilities come from their modules (FeatureModuleBuilder.CronJob); retention is the bot's own.
        builder.Services.AddCronJob<RetentionJob, PrivacyOptions>(RetentionJob.Key, o => o.RetentionCron, "Privacy:RetentionCron", "Purges what is kept only for a while");
        builder.Services.AddCronJob<InactiveAccountsJob, PrivacyOptions>(InactiveAccountsJob.Key, o => o.RetentionCron, "Privacy:RetentionCron", "Tells silent accounts they will be erased, and erases them a month later");
        var connection = builder.Configuration.GetConnectionString("Bot");
        if (DatabaseOptions.Detect(builder.Configuration) == DatabaseProvider.Postgres)
        {
            // Every instance one member of one cluster on the bot's own database: each fire runs on one of
            // them, and a fire missed while all were down runs once when the first comes back.
            builder.Services.AddQuartz(quartz =>
            {
                quartz.ConfigureScheduler(scheduler =>
                {
                    scheduler.InstanceName = "genycity";
                    scheduler.GenerateInstanceId = true;
                });
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(connection!);
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(5);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                    });
                    // A fire more than this late counts as missed and runs once (FireAndProceed), so a
                    // downtime never replays one fire per missed tick.
                    store.ConfigureStore(options => options.MisfireThreshold = TimeSpan.FromSeconds(5));
                    // Quartz's own PostgreSQL schema, created where it is missing, never altered or dropped.
                    store.ProvisionSchema();
                });
            });
        }
        else
        {
            builder.Services.AddQuartz();
        }

        // Scheduled from the bound, validated options when the host starts (validation runs first).
        builder.Services.AddHostedService<JobSchedule>();
        builder.Services.AddHostedService<SchedulerLifetime>();
        return builder;
    }
}
