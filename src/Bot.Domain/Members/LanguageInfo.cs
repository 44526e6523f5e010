using System.Globalization;

namespace GenYCity.Bot.Domain.Members;

/// <summary>
/// A row of the language table (<c>texts/languages.json</c>, which a city's texts folder may extend): what
/// the bot needs to know of a language beyond its texts. How it writes dates is in its <c>dates</c> file.
/// </summary>
/// <param name="Language">Its ISO 639-1 code.</param>
/// <param name="Name">Its name in itself, as on the language buttons: "Polski".</param>
/// <param name="Culture">The .NET culture for numbers and sorting: "pl-PL".</param>
/// <param name="Plural">Its CLDR plural rule (see <see cref="Texts.PluralRules"/>): "pl".</param>
/// <param name="MessengerLocale">Messenger's locale for the greeting: "pl_PL".</param>
public sealed record LanguageInfo(Language Language, string Name, string Culture, string Plural, string MessengerLocale)
{
    public CultureInfo CultureInfo { get; } = CultureInfo.GetCultureInfo(Culture);
}
