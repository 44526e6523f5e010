using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Host.Channels.Messenger;
using GenYCity.Bot.Host.Channels.Telegram;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Configuration;

public static class FeatureRegistration
{
    /// <summary>
    /// The domain's features (<see cref="BotFeatures.All"/>), their settings from configuration, their host sides
    /// (<see cref="FeatureModules.All"/>), and the host's adapters they use.
    /// </summary>
    public static WebApplicationBuilder AddFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddBotFeatures(new ConfiguredSettings());
        var modules = new FeatureModuleBuilder(builder.Services);
        foreach (var module in FeatureModules.All)
        {
            module.Register(modules);
        }

        builder.Services.AddSingleton(sp => CrossPostTargetsFrom(sp.GetRequiredService<IOptions<TelegramOptions>>().Value, sp.GetRequiredService<IOptions<MessengerOptions>>().Value));
        builder.Services.AddSingleton<ISpreadsheetWriter, Exports.XlsxWriter>();
        return builder;
    }

    /// <summary>The channel and the Page are cross-posted to only when their channel runs.</summary>
    private static CrossPostTargets CrossPostTargetsFrom(TelegramOptions telegram, MessengerOptions messenger) => new(
        telegram.IsConfigured && !string.IsNullOrWhiteSpace(telegram.AnnouncementChannel) ? telegram.AnnouncementChannel : null,
        messenger.IsConfigured ? messenger.PageId : null);

    /// <summary>A feature's settings bound from its section and validated when the host starts.</summary>
    private sealed class ConfiguredSettings : IFeatureSettings
    {
        public void Add<TOptions>(IServiceCollection services, string sectionName)
            where TOptions : class, new()
        {
            services.AddValidatedOptions<TOptions>(sectionName);
            services.AddSingleton(sp => sp.GetRequiredService<IOptions<TOptions>>().Value);
        }
    }
}
