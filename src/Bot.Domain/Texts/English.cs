using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Texts;

internal static class English
{
    public static readonly Phrasebook Phrases = new()
    {
        Language = Language.En,

        LanguageSet = name => $"Language: {name} ✓",
        PrivacyNotice = organisation => $"""
            🔒 <b>Before we start: your privacy</b>
            This bot is run by {organisation}. It collects young people's ideas for the city and invites you to meetings.

            <b>What we keep:</b> your account id in this chat app, your language and your settings; once you take part, also the ideas, supports and replies you send. Never your phone number or contacts.
            <b>Why:</b> to answer you, to tell you what happens to your ideas, and to send you the news you choose.
            <b>How long:</b> while you use the bot. You can ask for everything to be deleted at any time.

            Do you accept?
            """,
        Accept = "✅ I accept",
        Decline = "No, thanks",
        Welcome = """
            Thank you, and welcome! 🎉
            You will receive announcements and a weekly digest; change that any time in /settings.
            Send /help to see everything I can do.
            """,
        WelcomeBack = "Welcome back! 👋",
        DeclinedInfo = "You declined the privacy notice, so I keep nothing about you beyond your chat id and language. If you change your mind, send /start.",
        ReadNoticeAgain = "🔒 Read the notice again",
        AlreadyAccepted = "The privacy notice is already accepted. 👍",

        MenuPrompt = "What would you like to do?",
        HelpIntro = "Here is what I can do:",
        HelpCoordinatorsHeader = "For coordinators:",
        CmdStart = "Start over: language, privacy, menu",
        CmdHelp = "What I can do",
        CmdLanguage = "Change the language",
        CmdSettings = "Choose what you receive",
        CmdCancel = "Leave what you are doing",
        MenuSettings = "⚙️ Settings",
        MenuLanguage = "🌐 Language",
        MenuHelp = "❓ Help",

        SettingsTitle = "⚙️ <b>Settings</b>",
        SettingsHint = "Tap a button to turn it on or off.",
        SettingAnnouncements = "Announcements",
        SettingDigest = "Weekly digest",

        Cancelled = "Cancelled.",
        NothingToCancel = "There is nothing to cancel.",
        UnknownText = "Sorry, I didn't understand that. Choose from the menu or send /help.",
        UnknownCommand = command => $"I don't know the command /{command}. Send /help to see the ones I do.",
        Unsupported = "I can only read text and buttons here. Send /help to see what I can do.",
        CoordinatorsOnly = "That is for the city's coordinators only.",
        StaleButton = "That button is no longer active. Here is the menu instead.",
        SomethingWentWrong = "Sorry, something went wrong on my side. Please try again in a moment.",
    };
}
