using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain;

/// <summary>
/// A configured text in each language the city offers, by language code: <c>{ "Lv": "…", "Pl": "…" }</c>
/// (codes in any case). Which codes must be there is checked at start against <c>Bot:Languages</c>.
/// </summary>
public class LocalizedText() : Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
{
    /// <summary>The text in a language; empty when the settings do not give it (the start-up check names it).</summary>
    public string For(Language language) => this.GetValueOrDefault(language.Code) ?? string.Empty;

    /// <summary>Daugavpils' three, for tests and examples written in code; settings may name any language.</summary>
    public string Lv { get => For(Language.Lv); set => this[Language.Lv.Code] = value; }

    public string Ru { get => For(Language.Ru); set => this[Language.Ru.Code] = value; }

    public string En { get => For(Language.En); set => this[Language.En.Code] = value; }
}
