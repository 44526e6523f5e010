using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Domain.Chat;

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
        new Comments.CommentsFeature(),
        new Translation.TranslationFeature(),
        new Events.EventsFeature(),
        new Broadcasts.BroadcastsFeature(),
        new Polls.PollsFeature(),
        new Budgets.BudgetsFeature(),
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
