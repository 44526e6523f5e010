using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Members;

/// <summary>The languages the bot has (the language table and its translator files) and the first guess from a platform's tag.</summary>
public static class Languages
{
    /// <summary>Every language in the table, in its order. The languages a city offers are <see cref="BotOptions.Offered"/>.</summary>
    public static IReadOnlyList<Language> All => [.. TextCatalog.Current.Languages.Keys];

    /// <summary>The language's row in the table.</summary>
    public static LanguageInfo Info(this Language language) =>
        TextCatalog.Current.Languages.TryGetValue(language, out var info) ? info : throw new KeyNotFoundException($"The language \"{language.Code}\" is not in the language table.");

    /// <summary>
    /// A member's stored language: itself while the table has it; the reference language for one a city has since
    /// taken out of its table (its texts are gone, so nothing could be said in it). The person can choose again in /language.
    /// </summary>
    public static Language Stored(string code) =>
        TextCatalog.Current.Languages.ContainsKey(new Language(code)) ? new Language(code) : Language.Reference;

    /// <summary>The language's name in itself, as shown on the language buttons.</summary>
    public static string NativeName(this Language language) => language.Info().Name;

    /// <summary>A language code the table knows ("lv", "PL"); false for anything else.</summary>
    public static bool TryParse(string? code, out Language language)
    {
        language = string.IsNullOrWhiteSpace(code) ? default : new Language(code);
        return !string.IsNullOrWhiteSpace(code) && TextCatalog.Current.Languages.ContainsKey(language);
    }

    /// <summary>
    /// The first guess from a platform tag such as "ru-RU": its own language when the city offers it,
    /// English (when offered) for any other stated language, more likely read than the city's own by a
    /// visitor, and the city's default when the platform says nothing. The person confirms or changes it right away.
    /// </summary>
    public static Language Guess(string? platformTag, IReadOnlyList<Language> offered, Language fallback)
    {
        if (string.IsNullOrWhiteSpace(platformTag))
        {
            return fallback;
        }

        var primary = new Language(platformTag.Split('-', '_')[0]);
        return offered.Contains(primary) ? primary
            : offered.Contains(Language.En) ? Language.En
            : fallback;
    }
}
