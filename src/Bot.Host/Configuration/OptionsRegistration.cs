using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Configuration;

public static class OptionsRegistration
{
    /// <summary>
    /// Binds a section and validates it when the host starts. Options classes write their messages
    /// with the full configuration key ("Telegram:BotToken must …"), so the start-up error is one
    /// clear line; ValidateDataAnnotations would wrap each in "DataAnnotation validation failed for …".
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string sectionName)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>, AnnotatedOptionsValidator<T>>();
        return services.AddOptions<T>().BindConfiguration(sectionName).ValidateOnStart();
    }

    private sealed class AnnotatedOptionsValidator<T> : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var results = new List<ValidationResult>();
            return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(results.Select(r => r.ErrorMessage ?? "invalid setting"));
        }
    }
}
