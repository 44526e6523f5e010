namespace GenYCity.Bot.Host.Jobs;

/// <summary>A job and its cron, read from the (validated) settings when the scheduler is set up; some also run once at start, to catch up.</summary>
public sealed record CronJob(Quartz.JobKey Key, Type JobType, Func<IServiceProvider, string> Cron, string Description, bool AlsoAtStart);
