using GenYCity.Bot.Host.Broadcasts;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Jobs;
using GenYCity.Bot.Host.Persistence;
using Quartz;

namespace GenYCity.Bot.Host.Configuration;

/// <summary>What a feature's host module registers, each piece through the mechanism that uses it.</summary>
public sealed class FeatureModuleBuilder(IServiceCollection services)
{
    /// <summary>The adapter behind one of the domain's ports, made for each update's scope.</summary>
    public FeatureModuleBuilder Port<TPort, TAdapter>()
        where TPort : class
        where TAdapter : class, TPort
    {
        services.AddScoped<TPort, TAdapter>();
        return this;
    }

    /// <summary>Settings only the host side reads, bound from their section and validated when the host starts.</summary>
    public FeatureModuleBuilder Settings<TOptions>(string sectionName)
        where TOptions : class
    {
        services.AddValidatedOptions<TOptions>(sectionName);
        return this;
    }

    /// <summary>A service of the host side shared by all (it holds no per-update state).</summary>
    public FeatureModuleBuilder Shares<TService, TImplementation>()
        where TService : class
        where TImplementation : class, TService
    {
        services.AddSingleton<TService, TImplementation>();
        return this;
    }

    /// <summary>The feature's share of what is stored about a person, for /mydata and /forgetme.</summary>
    public FeatureModuleBuilder PersonalData<TPart>()
        where TPart : class, IPersonalDataPart
    {
        services.AddScoped<IPersonalDataPart, TPart>();
        return this;
    }

    /// <summary>An audience the feature's broadcasts go to.</summary>
    public FeatureModuleBuilder Audience<TAudience>()
        where TAudience : class, IAudience
    {
        services.AddSingleton<IAudience, TAudience>();
        return this;
    }

    /// <summary>What counts as taking part in the feature, for the action-plan report's participants.</summary>
    public FeatureModuleBuilder Participation<TSource>()
        where TSource : class, IParticipation
    {
        services.AddSingleton<IParticipation, TSource>();
        return this;
    }

    /// <summary>What the feature keeps only for a while, purged by the retention job.</summary>
    public FeatureModuleBuilder Retention<TPart>()
        where TPart : class, IRetentionPart
    {
        services.AddSingleton<IRetentionPart, TPart>();
        return this;
    }

    /// <summary>Told when one of the feature's messages is about to be sent and when it was sent or refused.</summary>
    public FeatureModuleBuilder DeliveryHook<THook>()
        where THook : class, IDeliveryHook
    {
        services.AddSingleton<IDeliveryHook, THook>();
        return this;
    }

    /// <summary>A job run on a cron from the feature's settings, checked when the host starts.</summary>
    public FeatureModuleBuilder CronJob<TJob, TOptions>(JobKey key, Func<TOptions, string> cron, string setting, string description, bool alsoAtStart = false)
        where TJob : class, IJob
        where TOptions : class
    {
        services.AddCronJob<TJob, TOptions>(key, cron, setting, description, alsoAtStart);
        return this;
    }
}
