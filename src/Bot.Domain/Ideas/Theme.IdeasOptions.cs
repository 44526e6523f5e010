using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// An idea theme (or district) from configuration (Bot:Themes): its key and its name in each language,
/// as <c>{ "Key": "sport", "Lv": "Sports", "Pl": "Sport" }</c>.
/// </summary>
public sealed partial class Theme : LocalizedText
{
    private const string KeyEntry = "Key";

    public string Key { get => this.GetValueOrDefault(KeyEntry) ?? string.Empty; init => this[KeyEntry] = value; }

    public string Name(Language language) => For(language);

    public static bool IsValidKey(string key) => KeyShape().IsMatch(key);

    [GeneratedRegex("^[a-z0-9-]{1,24}$")]
    private static partial Regex KeyShape();
}
