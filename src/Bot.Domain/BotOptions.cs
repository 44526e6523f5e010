using System.ComponentModel.DataAnnotations;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain;

/// <summary>The city's settings for the bot (section "Bot").</summary>
public sealed class BotOptions : IValidatableObject
{
    public const string SectionName = "Bot";

    /// <summary>Coordinators as "channel:id", for example "telegram:123456" or "console:local".</summary>
    public List<string> Coordinators { get; set; } = [];

    public string TimeZone { get; set; } = "Europe/Riga";

    /// <summary>
    /// What people call the city's time, as the event flow asks for a date and time "(Latvian time)";
    /// the zone id itself means nothing to them.
    /// </summary>
    public LocalizedText LocalTime { get; set; } = new();

    public string DefaultLanguage { get; set; } = "lv";

    /// <summary>Who runs the bot, as named in the privacy notice.</summary>
    public LocalizedText Organisation { get; set; } = new();

    /// <summary>The themes an idea is filed under, in menu order.</summary>
    public List<Theme> Themes { get; set; } = [];

    public Theme? FindTheme(string key) => Themes.FirstOrDefault(t => t.Key == key);

    /// <summary>The theme's name in a language, or its key if it was removed from configuration since.</summary>
    public string ThemeName(string key, Language language) => FindTheme(key)?.Name(language) ?? key;

    public Language FallbackLanguage => Languages.ParseOr(DefaultLanguage, Language.Lv);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var entry in Coordinators.Where(e => !Members.Coordinators.TryParse(e, out _, out _)))
        {
            yield return new($"Bot:Coordinators has '{entry}', expected channel:id such as telegram:123456 or console:local.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new($"Bot:TimeZone '{TimeZone}' is not a known time zone (for example Europe/Riga).");
        }

        if (!Languages.TryParse(DefaultLanguage, out _))
        {
            yield return new($"Bot:DefaultLanguage '{DefaultLanguage}' must be lv, ru or en.");
        }

        foreach (var language in Languages.All.Where(l => string.IsNullOrWhiteSpace(Organisation.For(l))))
        {
            yield return new($"Bot:Organisation:{language.Code()} is missing: the privacy notice names who runs the bot.");
        }

        foreach (var language in Languages.All.Where(l => string.IsNullOrWhiteSpace(LocalTime.For(l))))
        {
            yield return new($"Bot:LocalTime:{language.Code()} is missing: the event flow names the city's time, as in \"Latvian time\".");
        }

        if (Themes.Count == 0)
        {
            yield return new("Bot:Themes is empty: ideas need at least one theme (Key, Lv, Ru, En).");
        }

        for (var i = 0; i < Themes.Count; i++)
        {
            var theme = Themes[i];
            if (!Theme.IsValidKey(theme.Key))
            {
                yield return new($"Bot:Themes:{i}:Key '{theme.Key}' must be 1 to 24 characters of a-z, 0-9 and '-'.");
            }
            else if (Themes.Take(i).Any(t => t.Key == theme.Key))
            {
                yield return new($"Bot:Themes:{i}:Key '{theme.Key}' is used twice.");
            }

            foreach (var language in Languages.All)
            {
                var name = theme.Name(language);
                if (string.IsNullOrWhiteSpace(name))
                {
                    yield return new($"Bot:Themes:{i}:{language.Code()} is missing: the theme '{theme.Key}' needs a name in each language.");
                }
                else if (name.Length > ButtonLabel.MaxLength)
                {
                    yield return new($"Bot:Themes:{i}:{language.Code()} '{name}' is {name.Length} characters: theme buttons show at most {ButtonLabel.MaxLength}.");
                }
            }
        }
    }
}

/// <summary>A configured text in each of the bot's languages.</summary>
public sealed class LocalizedText
{
    public string Lv { get; set; } = string.Empty;

    public string Ru { get; set; } = string.Empty;

    public string En { get; set; } = string.Empty;

    public string For(Language language) => language switch
    {
        Language.Lv => Lv,
        Language.Ru => Ru,
        _ => En,
    };
}
