namespace GenYCity.Bot.Domain.Translation;

/// <summary>What a translation call came to: the text when <see cref="TranslationStatus.Translated"/>.</summary>
public sealed record TranslationResult(TranslationStatus Status, string? Text = null)
{
    public static TranslationResult Done(string text) => new(TranslationStatus.Translated, text);

    public static TranslationResult Not(TranslationStatus status) => new(status);
}
