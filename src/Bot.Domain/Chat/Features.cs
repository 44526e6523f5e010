using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>
/// One capability of the bot (ideas, events, the digest…): it registers its commands, button handlers,
/// flows, services and settings in one place, so the host and the tests compose the same bot.
/// </summary>
public interface IFeature
{
    void Register(FeatureBuilder feature);
}

/// <summary>Where a feature's settings come from: the host binds and validates a configuration section, tests give instances.</summary>
public interface IFeatureSettings
{
    void Add<TOptions>(IServiceCollection services, string sectionName)
        where TOptions : class, new();
}

/// <summary>What a feature registers, each piece once.</summary>
public sealed class FeatureBuilder(IServiceCollection services, IFeatureSettings settings)
{
    /// <summary>
    /// A command, button handler or flow (or one class that is several of them), registered once per update
    /// and offered as each of its roles, so a flow that is also its own command is one object.
    /// </summary>
    public FeatureBuilder Handles<T>()
        where T : class
    {
        var roles = new[] { typeof(ICommand), typeof(IButtonHandler), typeof(Conversations.IFlow), typeof(IPollAnswerHandler) }.Where(role => role.IsAssignableFrom(typeof(T))).ToList();
        if (roles.Count == 0)
        {
            throw new ArgumentException($"{typeof(T).Name} is neither a command, a button handler nor a flow; register it with Uses or Shares.");
        }

        services.AddScoped<T>();
        foreach (var role in roles)
        {
            services.AddScoped(role, sp => sp.GetRequiredService<T>());
        }

        return this;
    }

    /// <summary>A service made for each update (it may hold the update's repositories).</summary>
    public FeatureBuilder Uses<T>()
        where T : class
    {
        services.AddScoped<T>();
        return this;
    }

    /// <summary>A service shared by all updates (it holds no per-update state).</summary>
    public FeatureBuilder Shares<T>()
        where T : class
    {
        services.AddSingleton<T>();
        return this;
    }

    /// <summary>The feature's settings, from its configuration section.</summary>
    public FeatureBuilder Settings<TOptions>(string sectionName)
        where TOptions : class, new()
    {
        settings.Add<TOptions>(services, sectionName);
        return this;
    }
}

/// <summary>The bot's features, composed by the host and by the tests alike.</summary>
public static class BotFeatures
{
    public static IReadOnlyList<IFeature> All { get; } =
    [
        new BasicsFeature(),
        new Onboarding.OnboardingFeature(),
        new Preferences.PreferencesFeature(),
        new Ideas.IdeasFeature(),
        new Results.ResultsFeature(),
        new Events.EventsFeature(),
        new Broadcasts.BroadcastsFeature(),
        new Polls.PollsFeature(),
        new Digest.DigestFeature(),
        new Stats.StatsFeature(),
        new Exports.ExportsFeature(),
        new Privacy.PrivacyFeature(),
        new Dashboard.DashboardFeature(),
    ];

    /// <summary>The engine and every feature. The ports (repositories, the clock, BotOptions) come from the caller.</summary>
    public static IServiceCollection AddBotFeatures(this IServiceCollection services, IFeatureSettings settings)
    {
        services.AddScoped<IBot, BotEngine>();
        services.AddSingleton<HandlerCatalog>();
        services.AddScoped<Handlers>();
        var builder = new FeatureBuilder(services, settings);
        foreach (var feature in All)
        {
            feature.Register(builder);
        }

        return services;
    }
}

/// <summary>What every conversation has: /help, /cancel, unfinished drafts, and the coordinators' inbox.</summary>
public sealed class BasicsFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .Handles<HelpCommand>()
        .Handles<CancelCommand>()
        .Uses<Conversations.Drafts>()
        .Handles<Conversations.DraftButtons>()
        .Uses<Members.CoordinatorInbox>();
}
