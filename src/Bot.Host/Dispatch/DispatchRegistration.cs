using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Domain.Preferences;

namespace GenYCity.Bot.Host.Dispatch;

public static class DispatchRegistration
{
    /// <summary>The domain's handlers and the dispatcher that runs them one unit of work per update.</summary>
    public static WebApplicationBuilder AddDispatch(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<IBot, BotEngine>();

        services.AddScoped<ICommand, StartCommand>();
        services.AddScoped<ICommand, SettingsCommand>();
        services.AddScoped<ICommand, LanguageCommand>();
        services.AddScoped<ICommand, HelpCommand>();
        services.AddScoped<ICommand, CancelCommand>();

        services.AddScoped<IButtonHandler, LanguageButtons>();
        services.AddScoped<IButtonHandler, ConsentButtons>();
        services.AddScoped<IButtonHandler, SettingsButtons>();

        // Guided flows register here as services.AddScoped<IFlow, …>() when their features arrive.

        services.AddSingleton<Dispatcher>();
        return builder;
    }
}
