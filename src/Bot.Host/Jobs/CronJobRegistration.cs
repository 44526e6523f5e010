using Microsoft.Extensions.Options;
using Quartz;

namespace GenYCity.Bot.Host.Jobs;

public static class CronJobRegistration
{
    /// <summary>
    /// A job in DI (so a broken constructor fails at start) and on its cron, read from <typeparamref name="TOptions"/>;
    /// a cron Quartz cannot read stops the start with one line naming the setting.
    /// </summary>
    public static IServiceCollection AddCronJob<TJob, TOptions>(
        this IServiceCollection services, JobKey key, Func<TOptions, string> cron, string setting, string description, bool alsoAtStart = false)
        where TJob : class, IJob
        where TOptions : class
    {
        services.AddOptions<TOptions>()
            .Validate(o => CronExpression.TryParse(cron(o), out _), $"{setting} is not a Quartz cron expression (for example 0 * * * * ?).");
        services.AddTransient<TJob>();
        services.AddSingleton(new CronJob(key, typeof(TJob), sp => cron(sp.GetRequiredService<IOptions<TOptions>>().Value), description, alsoAtStart));
        return services;
    }
}
