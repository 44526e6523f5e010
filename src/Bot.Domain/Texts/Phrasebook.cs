using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Texts;

/// <summary>
/// Everything the bot says, in one language. Every property is required, so a text missing in one
/// language is a compile error, not a blank message. Texts use <see cref="Messaging.Markup"/>;
/// arguments passed in must already be escaped.
/// </summary>
public sealed class Phrasebook
{
    /// <summary>Shown before the language is known, so it speaks all three.</summary>
    public const string LanguagePrompt = "🌐 Izvēlies valodu · Выбери язык · Choose your language";

    public static Phrasebook For(Language language) => language switch
    {
        Language.Lv => Latvian.Phrases,
        Language.Ru => Russian.Phrases,
        _ => English.Phrases,
    };

    public required Language Language { get; init; }

    // Onboarding
    public required Func<string, string> LanguageSet { get; init; }
    public required Func<string, string> PrivacyNotice { get; init; }
    public required string Accept { get; init; }
    public required string Decline { get; init; }
    public required string Welcome { get; init; }
    public required string WelcomeBack { get; init; }
    public required string DeclinedInfo { get; init; }
    public required string ReadNoticeAgain { get; init; }
    public required string AlreadyAccepted { get; init; }

    // Menu and help
    public required string MenuPrompt { get; init; }
    public required string HelpIntro { get; init; }
    public required string HelpCoordinatorsHeader { get; init; }
    public required string CmdStart { get; init; }
    public required string CmdHelp { get; init; }
    public required string CmdLanguage { get; init; }
    public required string CmdSettings { get; init; }
    public required string CmdCancel { get; init; }
    public required string MenuSettings { get; init; }
    public required string MenuLanguage { get; init; }
    public required string MenuHelp { get; init; }

    // Settings
    public required string SettingsTitle { get; init; }
    public required string SettingsHint { get; init; }
    public required string SettingAnnouncements { get; init; }
    public required string SettingDigest { get; init; }

    // Everywhere
    public required string Cancelled { get; init; }
    public required string NothingToCancel { get; init; }
    public required string UnknownText { get; init; }
    public required Func<string, string> UnknownCommand { get; init; }
    public required string Unsupported { get; init; }
    public required string CoordinatorsOnly { get; init; }
    public required string StaleButton { get; init; }
    public required string SomethingWentWrong { get; init; }
}
