namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// One template the city had approved by Meta, for one kind of message in one language (WhatsApp:Templates:&lt;kind&gt;:&lt;language&gt;):
/// its name, the language code it was approved in (Meta's, such as lv, ru, en_GB or pl), and the values that fill its body's
/// {{1}}, {{2}}… in order, by name ("text", "title"…, as <see cref="Domain.Messaging.WindowTemplate.ValueNames"/> lists them).
/// </summary>
public sealed class WhatsAppTemplateSetting
{
    public string? Name { get; set; }

    /// <summary>The code the template was approved under; the bot's language code when not given.</summary>
    public string? Language { get; set; }

    public List<string> Parameters { get; set; } = [];
}
