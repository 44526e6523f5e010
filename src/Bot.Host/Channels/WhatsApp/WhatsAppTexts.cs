using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>What the WhatsApp channel itself says around the bot's messages: the button that opens a list of choices.</summary>
public sealed class WhatsAppTexts(Language language) : TranslatedTexts(language, WhatsAppTexts.Namespace)
{
    /// <summary>Its translator files: <c>texts/whatsapp/{language}.json</c>.</summary>
    public const string Namespace = "whatsapp";

    public static WhatsAppTexts For(Language language) => new(language);

    /// <summary>The button under a message that opens its list of choices (at most 20 characters).</summary>
    [Label]
    public string ListButton => T(nameof(ListButton));

    /// <summary>Above the choices that did not fit in the list (at most 1,024 characters).</summary>
    public string MoreChoices => T(nameof(MoreChoices));
}
