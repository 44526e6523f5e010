using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain;

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
