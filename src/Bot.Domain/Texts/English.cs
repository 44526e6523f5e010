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

        CmdIdea = "Suggest an idea for the city",
        CmdIdeas = "Approved ideas; support the best",
        CmdMyIdeas = "My ideas and where they stand",
        CmdPending = "Ideas waiting for review",
        CmdExport = "All ideas as a CSV file",
        MenuIdea = "💡 New idea",
        MenuIdeas = "📋 Ideas",
        MenuMyIdeas = "🗂 My ideas",
        MenuPending = "🛡 To review",

        IdeaAskTitle = max => $"💡 Let's write your idea down! First, a short title (up to {max} characters):",
        IdeaAskDescription = max => $"Now describe it: what should change, where, and why? (up to {max} characters)",
        IdeaAskTheme = "Which theme fits it best?",
        IdeaAskPhoto = "If you have a photo, send it (optional), or press Skip.",
        IdeaPreviewHeader = "Here is your idea:",
        IdeaPreviewPhoto = "📷 with a photo",
        IdeaPreviewQuestion = "Send it to the city?",
        IdeaSubmit = "✅ Submit",
        IdeaEdit = "✏️ Edit",
        IdeaEditWhich = "What would you like to change?",
        IdeaFieldTitle = "Title",
        IdeaFieldDescription = "Description",
        IdeaFieldTheme = "Theme",
        IdeaFieldPhoto = "Photo",
        Back = "◀ Back",
        IdeaReceived = number => $"🎉 Idea #{number} received! A coordinator will review it, usually within a few days. You'll get a message here when it is approved; follow it any time with /myideas.",
        IdeaAlreadyReceived = number => $"Idea #{number} is already received. 👍",
        IdeaLimitReached = limit => $"You've reached the limit of {limit} ideas a day — thank you! You can send the next one tomorrow.",

        InputEmpty = "That's empty — please write a few words.",
        InputTooLong = (length, max) => $"Too long ({length}/{max}). Please shorten it.",
        InputNeedsText = "I need text here.",
        InputNeedsPhoto = "Please send a photo, or press Skip.",
        InputNeedsTheme = "Please choose a theme with the buttons.",
        InputUseButtons = "Please use the buttons under the message.",

        StatusSubmitted = "waiting for review",
        StatusApproved = "approved",
        StatusRejected = "not accepted",
        StatusInProgress = "in progress",
        StatusImplemented = "implemented",

        ModNewIdea = number => $"💡 New idea #{number}",
        ModAuthor = (channel, language) => $"From a {channel} user, language: {language}",
        ModApprove = "✅ Approve",
        ModReject = "❌ Reject",
        ModInProgress = "🔧 In progress",
        ModImplemented = "🏁 Implemented",
        ModRestore = "♻️ Restore",
        ModAskReason = number => $"Why is idea #{number} rejected? Your reason goes to the author.",
        ModAskComment = number => $"Add a comment for the author of idea #{number}, or press Skip.",
        ModDone = (number, status) => $"Idea #{number}: {status} ✓",
        ModUnchanged = (number, status) => $"Idea #{number} is already “{status}”; nothing changed.",
        ModNotAllowed = (number, current, target) => $"Idea #{number} is “{current}”: it can't become “{target}”.",
        ModRestored = number => $"Idea #{number} is visible again. ✓",
        ModNothingPending = "Nothing is waiting for review. 🎉",
        ModPendingCount = count => $"Waiting for review: {count}",
        ModReadyForCouncil = (number, title, supports) => $"🏛 Idea #{number} “{title}” reached {supports} supports: ready for the council.",
        ModHiddenAfterReports = (number, title, reports) => $"⚠️ Idea #{number} “{title}” is hidden after {reports} reports. Please take a look.",
        ModHiddenLabel = "🙈 hidden after reports",

        AuthorApproved = (number, title) => $"🎉 Your idea #{number} “{title}” was approved! Others can now see and support it in /ideas.",
        AuthorRejected = (number, title, reason) => $"Your idea #{number} “{title}” was not accepted. The coordinator wrote: {reason}",
        AuthorInProgress = (number, title) => $"🔧 Work has started on your idea #{number} “{title}”!",
        AuthorImplemented = (number, title) => $"🏁 Your idea #{number} “{title}” has been implemented! Thank you for making the city better.",

        IdeasEmpty = "No approved ideas yet — send the first one with /idea!",
        IdeasPage = (page, pages) => $"Page {page} of {pages}",
        Next = "Next ▶",
        SupportLabel = count => $"👍 Support · {count}",
        SupportedLabel = count => $"💚 You support · {count}",
        ReportLabel = "⚠️ Report",
        OwnIdea = "That's your own idea.",
        ReportThanks = "Thank you! Coordinators will take a look.",
        ReportAlready = "This idea is already reported.",
        IdeaNotAvailable = "That idea is no longer available.",
        MyIdeasEmpty = "You have no ideas yet. Send /idea to share one!",
        MyIdeasHeader = "Your ideas:",
        ExportReady = count => $"📄 All ideas as CSV ({count}).",
        ExportEmpty = "There are no ideas to export yet.",

        SettingsTitle = "⚙️ <b>Settings</b>",
        SettingsHint = "Tap a button to turn it on or off.",
        SettingAnnouncements = "Announcements",
        SettingDigest = "Weekly digest",

        Skip = "Skip",
        CancelLabel = "✖️ Cancel",
        Cancelled = "Cancelled.",
        NothingToCancel = "There is nothing to cancel.",
        UnknownText = "Sorry, I didn't understand that. Choose from the menu or send /help.",
        UnknownCommand = command => $"I don't know the command /{command}. Send /help to see the ones I do.",
        Unsupported = "I can read text and buttons here (and a photo when you add one to an idea). Send /help to see what I can do.",
        CoordinatorsOnly = "That is for the city's coordinators only.",
        StaleButton = "That button is no longer active. Here is the menu instead.",
        SomethingWentWrong = "Sorry, something went wrong on my side. Please try again in a moment.",
    };
}
