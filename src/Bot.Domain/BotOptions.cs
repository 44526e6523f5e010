using System.ComponentModel.DataAnnotations;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain;

/// <summary>The city's settings for the bot (section "Bot").</summary>
public sealed class BotOptions : IValidatableObject
{
    public const string SectionName = "Bot";

    /// <summary>Coordinators as "channel:id", for example "telegram:123456" or "console:local".</summary>
    public List<string> Coordinators { get; set; } = [];

    public string TimeZone { get; set; } = "Europe/Riga";

    public string DefaultLanguage { get; set; } = "lv";

    /// <summary>Who runs the bot, as named in the privacy notice.</summary>
    public LocalizedText Organisation { get; set; } = new();

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
