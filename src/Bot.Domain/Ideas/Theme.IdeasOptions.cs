using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>An idea theme from configuration (Bot:Themes), named in each language.</summary>
public sealed partial class Theme
{
    public string Key { get; set; } = string.Empty;

    public string Lv { get; set; } = string.Empty;

    public string Ru { get; set; } = string.Empty;

    public string En { get; set; } = string.Empty;

    public string Name(Language language) => language switch
    {
        Language.Lv => Lv,
        Language.Ru => Ru,
        _ => En,
    };

    public static bool IsValidKey(string key) => KeyShape().IsMatch(key);

    [GeneratedRegex("^[a-z0-9-]{1,24}$")]
    private static partial Regex KeyShape();
}
