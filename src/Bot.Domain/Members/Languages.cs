namespace GenYCity.Bot.Domain.Members;

/// <summary>Language codes, native names and the first guess from a platform's language tag.</summary>
public static class Languages
{
    public static IReadOnlyList<Language> All { get; } = [Language.Lv, Language.Ru, Language.En];

    public static string Code(this Language language) => language switch
    {
        Language.Lv => "lv",
        Language.Ru => "ru",
        _ => "en",
    };

    /// <summary>The language's name in itself, as shown on the language buttons.</summary>
    public static string NativeName(this Language language) => language switch
    {
        Language.Lv => "Latviešu",
        Language.Ru => "Русский",
        _ => "English",
    };

    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "lv":
                language = Language.Lv;
                return true;
            case "ru":
                language = Language.Ru;
                return true;
            case "en":
                language = Language.En;
                return true;
            default:
                language = default;
                return false;
        }
    }

    public static Language ParseOr(string? code, Language fallback) => TryParse(code, out var language) ? language : fallback;

    /// <summary>
    /// The first guess from a platform tag such as "ru-RU": its own language when the bot speaks it,
    /// English for any other stated language (more likely read than Latvian by a visitor), and the
    /// city's default when the platform says nothing. The person confirms or changes it right away.
    /// </summary>
    public static Language Guess(string? platformTag, Language fallback)
    {
        if (string.IsNullOrWhiteSpace(platformTag))
        {
            return fallback;
        }

        var primary = platformTag.Split('-', '_')[0];
        return TryParse(primary, out var language) ? language : Language.En;
    }
}
