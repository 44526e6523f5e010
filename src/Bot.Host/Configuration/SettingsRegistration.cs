using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Members;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Configuration;

public static class SettingsRegistration
{
    /// <summary>The city's settings, the clock, and a warning at start when no coordinator can use the bot.</summary>
    public static WebApplicationBuilder AddBotSettings(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<BotOptions>(BotOptions.SectionName);
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<BotOptions>>().Value);
        builder.Services.AddSingleton(sp => new Coordinators(sp.GetRequiredService<BotOptions>().Coordinators));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SecretRedactor>();
        builder.Services.AddHostedService<CoordinatorReach>();
        return builder;
    }
}
