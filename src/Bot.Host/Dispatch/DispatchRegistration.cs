using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Dispatch;

public static class DispatchRegistration
{
    /// <summary>The dispatcher that runs the bot's updates as units of work, its flood guard, and the batches webhook calls share.</summary>
    public static WebApplicationBuilder AddDispatch(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<UnitOfWork>();
        services.AddSingleton<Dispatcher>();
        services.AddValidatedOptions<AbuseOptions>(AbuseOptions.SectionName);
        services.AddSingleton<FloodGuard>();
        services.AddScoped<Persistence.IPersonalDataPart, UpdatesPersonalData>();
        services.AddSingleton<WebhookBatches>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookBatches>());
        return builder;
    }
}
