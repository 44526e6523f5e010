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

    /// <summary>An audience the feature's broadcasts go to: who it is among the people the bot can reach now.</summary>
    public FeatureModuleBuilder Audience(Domain.Broadcasts.AudienceKind kind, Func<BotDbContext, IQueryable<Domain.Members.Member>, long?, long?, IQueryable<Domain.Members.Member>> among)
    {
        services.AddSingleton<IAudience>(new DefinedAudience(kind, among));
        return this;
    }

    /// <summary>A way of taking part in the feature, for the action-plan report's participants: who did, in [from, to).</summary>
    public FeatureModuleBuilder Participation(Func<BotDbContext, DateTimeOffset, DateTimeOffset, IQueryable<long>> members)
    {
        services.AddSingleton<IParticipation>(new DefinedParticipation(members));
        return this;
    }

    /// <summary>The feature's own section of the action-plan report.</summary>
    public FeatureModuleBuilder ReportPart<TPart>()
        where TPart : class, IReportPart
    {
        services.AddSingleton<IReportPart, TPart>();
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

    /// <summary>A service of the feature's own that runs beside the bot for as long as it runs.</summary>
    public FeatureModuleBuilder Worker<TWorker>()
        where TWorker : class, IHostedService
    {
        services.AddHostedService<TWorker>();
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

    private sealed record DefinedAudience(Domain.Broadcasts.AudienceKind Kind, Func<BotDbContext, IQueryable<Domain.Members.Member>, long?, long?, IQueryable<Domain.Members.Member>> Among) : IAudience
    {
        public IQueryable<Domain.Members.Member> Of(BotDbContext db, IQueryable<Domain.Members.Member> reachable, long? eventId, long? subjectId) => Among(db, reachable, eventId, subjectId);
    }

    private sealed record DefinedParticipation(Func<BotDbContext, DateTimeOffset, DateTimeOffset, IQueryable<long>> Who) : IParticipation
    {
        public IQueryable<long> Members(BotDbContext db, DateTimeOffset from, DateTimeOffset to) => Who(db, from, to);
    }
}
