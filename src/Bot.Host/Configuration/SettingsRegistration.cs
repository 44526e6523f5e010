using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Configuration;

public static class SettingsRegistration
{
    /// <summary>
    /// The city's settings, its own words over the bot's texts, the clock, and a warning at start when no
    /// coordinator can use the bot. The texts are read first, so the settings are checked against them.
    /// </summary>
    public static WebApplicationBuilder AddBotSettings(this WebApplicationBuilder builder)
    {
        CityTexts.Read(builder);

        builder.Services.AddValidatedOptions<BotOptions>(BotOptions.SectionName);
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<BotOptions>>().Value);

        // The privacy notice is checked in the languages the city offers, read here without the Bot section's checks.
        builder.Services.PostConfigure<PrivacyOptions>(privacy =>
            privacy.OfferedLanguages = builder.Configuration.GetSection(BotOptions.SectionName).Get<BotOptions>()?.Offered);
        builder.Services.AddSingleton(sp => new Coordinators(sp.GetRequiredService<BotOptions>().Coordinators));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SecretRedactor>();
        builder.Services.AddHostedService<CoordinatorReach>();
        return builder;
    }
}
