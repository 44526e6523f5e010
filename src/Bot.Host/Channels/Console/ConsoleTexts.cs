using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>What the console chat itself says, around the bot's messages: its greeting and how to press a button.</summary>
public sealed class ConsoleTexts(Language language) : TranslatedTexts(language, ConsoleTexts.Namespace)
{
    /// <summary>Its translator files: <c>texts/console/{language}.json</c>.</summary>
    public const string Namespace = "console";

    public static ConsoleTexts For(Language language) => new(language);

    public string Greeting(string log) => T(nameof(Greeting), ("log", log));

    /// <summary>A bare number typed where a typed answer was asked: it went as the answer, and how it would have pressed.</summary>
    public string TakenAsAnswer(string typed, string button, string name) => T(nameof(TakenAsAnswer), ("typed", typed), ("button", button), ("name", name));

    /// <summary>A press that names no button on the screen, with the latest message's ("C1–C3").</summary>
    public string NoSuchButton(string typed, string buttons) => T(nameof(NoSuchButton), ("typed", typed), ("buttons", buttons));

    public string NoButtons(string typed) => T(nameof(NoButtons), ("typed", typed));

    /// <summary>Above the new buttons of a card printed before, named by its first line.</summary>
    public string CardUpdated(string title) => T(nameof(CardUpdated), ("title", title));
}
