using System.ComponentModel.DataAnnotations;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

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

    /// <summary>
    /// The languages the city offers, in the order of the language buttons (Daugavpils: lv, ru, en). Each
    /// must be in the language table and have every text; unset, every language the bot has.
    /// </summary>
    public string[]? Languages { get; set; }

    /// <summary>The languages the city offers, as <see cref="Languages"/> names them.</summary>
    public IReadOnlyList<Language> Offered => Languages is { Length: > 0 } codes
        ? [.. codes.Select(c => new Language(c)).Distinct()]
        : Members.Languages.All;

    /// <summary>Bot:TextsFolder: the city's own words, laid over the bot's texts key by key (see docs/languages.md).</summary>
    public string? TextsFolder { get; set; }

    /// <summary>Who runs the bot, as named in the privacy notice.</summary>
    public LocalizedText Organisation { get; set; } = new();

    /// <summary>The themes an idea is filed under, in menu order.</summary>
    public List<Theme> Themes { get; set; } = [];

    public Theme? FindTheme(string key) => Themes.FirstOrDefault(t => t.Key == key);

    /// <summary>The city's districts (Bot:Districts), offered for an idea's place and as a filter in /ideas; none by default.</summary>
    public List<Theme> Districts { get; set; } = [];

    public Theme? FindDistrict(string key) => Districts.FirstOrDefault(d => d.Key == key);

    /// <summary>The theme's name in a language, or its key if it was removed from configuration since.</summary>
    public string ThemeName(string key, Language language) => FindTheme(key)?.Name(language) ?? key;

    public Language FallbackLanguage => new(DefaultLanguage);

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

        foreach (var problem in TextChecks.Offered(TextCatalog.Current, Offered))
        {
            yield return new(problem);
        }

        if (!Offered.Contains(FallbackLanguage))
        {
            yield return new($"Bot:DefaultLanguage '{DefaultLanguage}' must be one of Bot:Languages ({string.Join(", ", Offered)}).");
        }

        var known = Offered.Where(TextCatalog.Current.Languages.ContainsKey).ToList();
        foreach (var language in known.Where(l => string.IsNullOrWhiteSpace(Organisation.For(l))))
        {
            yield return new($"Bot:Organisation:{language.Code} is missing: the privacy notice names who runs the bot.");
        }

        foreach (var language in known.Where(l => string.IsNullOrWhiteSpace(LocalTime.For(l))))
        {
            yield return new($"Bot:LocalTime:{language.Code} is missing: the event flow names the city's time, as in \"Latvian time\".");
        }

        if (Themes.Count == 0)
        {
            yield return new("Bot:Themes is empty: ideas need at least one theme (Key and a name in each language).");
        }

        foreach (var problem in CheckNamed("Themes", "theme", Themes, known).Concat(CheckNamed("Districts", "district", Districts, known)))
        {
            yield return problem;
        }
    }

    /// <summary>Messenger shows 13 quick replies at most: the choices, with Skip, Keep and Cancel beside them.</summary>
    public const int MaxChoices = 10;

    /// <summary>Themes and districts alike: at most <see cref="MaxChoices"/>, a key of a-z, 0-9 and '-', used once, and a name in each language that fits a button.</summary>
    private static IEnumerable<ValidationResult> CheckNamed(string section, string what, List<Theme> entries, IReadOnlyList<Language> offered)
    {
        if (entries.Count > MaxChoices)
        {
            yield return new($"Bot:{section} has {entries.Count} entries: at most {MaxChoices} fit the buttons Messenger shows.");
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!Theme.IsValidKey(entry.Key))
            {
                yield return new($"Bot:{section}:{i}:Key '{entry.Key}' must be 1 to 24 characters of a-z, 0-9 and '-'.");
            }
            else if (entries.Take(i).Any(t => t.Key == entry.Key))
            {
                yield return new($"Bot:{section}:{i}:Key '{entry.Key}' is used twice.");
            }

            foreach (var language in offered)
            {
                var name = entry.Name(language);
                if (string.IsNullOrWhiteSpace(name))
                {
                    yield return new($"Bot:{section}:{i}:{language.Code} is missing: the {what} '{entry.Key}' needs a name in each language.");
                }
                else if (name.Length > ButtonLabel.MaxLength)
                {
                    yield return new($"Bot:{section}:{i}:{language.Code} '{name}' is {name.Length} characters: {what} buttons show at most {ButtonLabel.MaxLength}.");
                }
            }
        }
    }
}
