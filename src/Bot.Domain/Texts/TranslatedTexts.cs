using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Texts;

/// <summary>
/// A set of texts in one language, read from one namespace of the translator files: the base of the typed
/// accessors (<see cref="Phrasebook"/>, the feature texts, the dashboard's phrases). An accessor is named after its
/// key, so a key the files lack fails the suite, which renders every accessor in every language.
/// </summary>
public abstract class TranslatedTexts(Language language, string ns)
{
    public Language Language { get; } = language;

    /// <summary>The text of a key, its arguments put in (a plural text is chosen by the argument <c>count</c>).</summary>
    protected string T(string key, params (string Name, object? Value)[] arguments) =>
        TextCatalog.Current.Render(Language, ns, key, arguments);
}
