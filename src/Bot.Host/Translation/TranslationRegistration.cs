using GenYCity.Bot.Domain.Translation;
using GenYCity.Bot.Host.Configuration;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Translation;

public static class TranslationRegistration
{
    /// <summary>Far more than a 5000-character text's translation; an answer past it is not one.</summary>
    private const int MaxAnswerBytes = 1024 * 1024;

    /// <summary>Beyond its own time limit a call is left this long before the client gives up on it too.</summary>
    private static readonly TimeSpan Backstop = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Machine translation of people's texts by a LibreTranslate server, when Translation:Url is set; otherwise an
    /// <see cref="ITranslator"/> that is off, so no Translate button is offered.
    /// </summary>
    public static WebApplicationBuilder AddTranslation(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<TranslationOptions>(TranslationOptions.SectionName);
        if (!IsConfigured(builder.Configuration))
        {
            builder.Services.AddSingleton<ITranslator, OffTranslator>();
            return builder;
        }

        // The key travels in the body, yet no address of a translation call is logged, as none of another service's is.
        builder.Services.AddHttpClient(LibreTranslateTranslator.HttpClientName)
            .RemoveAllLoggers()
            .ConfigureHttpClient((services, http) =>
            {
                http.Timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<TranslationOptions>>().Value.TimeoutSeconds) + Backstop;
                http.MaxResponseContentBufferSize = MaxAnswerBytes;
            });
        builder.Services.AddSingleton<ITranslator, LibreTranslateTranslator>();
        return builder;
    }

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{TranslationOptions.SectionName}:{nameof(TranslationOptions.Url)}"]);
}
