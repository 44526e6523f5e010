using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Dispatch;

public static class DispatchRegistration
{
    /// <summary>The dispatcher that runs the bot one unit of work per update, and its flood guard.</summary>
    public static WebApplicationBuilder AddDispatch(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<UnitOfWork>();
        services.AddSingleton<Dispatcher>();
        services.AddValidatedOptions<AbuseOptions>(AbuseOptions.SectionName);
        services.AddSingleton<FloodGuard>();
        return builder;
    }
}
