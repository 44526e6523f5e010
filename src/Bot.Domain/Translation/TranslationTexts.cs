using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Translation;

/// <summary>What machine translation says, in each language.</summary>
public sealed class TranslationTexts(Language language) : TranslatedTexts(language, TranslationTexts.Namespace), IFeatureTexts
{
    /// <summary>Its translator files: <c>texts/translation/{language}.json</c>.</summary>
    public const string Namespace = "translation";

    public static TranslationTexts For(Language language) => new(language);

    [Label] public string Translate => T(nameof(Translate));

    [Label] public string Original => T(nameof(Original));

    public string Marked(string service) => T(nameof(Marked), ("service", service));

    public string Translating => T(nameof(Translating));

    public string StillTranslating => T(nameof(StillTranslating));

    public string Failed => T(nameof(Failed));

    public string Off => T(nameof(Off));

    public string Privacy(string service) => T(nameof(Privacy), ("service", service));
}
