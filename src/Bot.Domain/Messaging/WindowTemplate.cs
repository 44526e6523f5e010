namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// What fills the city's approved template of a kind, when a message goes to someone outside a platform's messaging
/// window on a platform that takes templates there (WhatsApp, <see cref="ChannelTraits.TakesTemplates"/>). Its values
/// are named ("text", "title", "when"…); the city's settings say which of them its template takes, in which order.
/// Every kind has "text": the whole message in plain text. A message without one is never sent outside the window.
/// </summary>
public sealed record WindowTemplate(string Kind, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>A coordinator's announcement.</summary>
    public const string Announcement = "announcement";

    /// <summary>A reminder of an event the person answered.</summary>
    public const string Reminder = "reminder";

    /// <summary>The weekly digest.</summary>
    public const string Digest = "digest";

    /// <summary>What happened to an idea the person follows or wrote.</summary>
    public const string IdeaNews = "ideanews";

    /// <summary>That a silent account is about to be erased.</summary>
    public const string Account = "account";

    /// <summary>The kinds a city may have templates for.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Announcement, Reminder, Digest, IdeaNews, Account];

    /// <summary>The name of the value every kind has: the message itself, in plain text.</summary>
    public const string Text = "text";

    /// <summary>The values each kind has, for the city's template to take in the order its settings give.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ValueNames { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [Announcement] = [Text],
        [Reminder] = [Text, "title", "when", "place"],
        [Digest] = [Text, "title", "ideas", "events"],
        [IdeaNews] = [Text, "idea"],
        [Account] = [Text],
    };

    /// <summary>A template of <paramref name="kind"/> for a message in <paramref name="markup"/>, with its other values (markup too, so user text in them is escaped).</summary>
    public static WindowTemplate Of(string kind, string markup, params (string Name, string Value)[] values)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal) { [Text] = Markup.ToPlainText(markup) };
        foreach (var (name, value) in values)
        {
            all[name] = Markup.ToPlainText(value);
        }

        return new WindowTemplate(kind, all);
    }
}
