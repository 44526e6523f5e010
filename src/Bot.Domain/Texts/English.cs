using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Texts;

internal static class English
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly Phrasebook Phrases = new()
    {
        Language = Language.En,

        LanguageSet = name => $"Language: {name} ✓",
        LanguageName = language => language switch
        {
            Language.Lv => "Latvian",
            Language.Ru => "Russian",
            _ => "English",
        },
        PrivacySummary = p => $"""
            🔒 <b>Before we start: your privacy</b>
            {p.Organisation} runs this bot to collect young people’s ideas for the city and to invite you to events. With your consent it keeps your account id and name in this chat app, your language and settings, and what you send here. Approved ideas are public; only coordinators see your name.
            You can withdraw consent at any time: /forgetme erases your data, /mydata shows it.

            Full notice (contacts, retention, your rights): tap Read more or send /privacy.
            By agreeing, you confirm you are {p.MinimumAge} or older. Do you agree?
            """,
        PrivacyFull = p => $"""
            🔒 <b>Privacy notice</b>

            <b>Who is responsible</b>
            The controller is {p.Organisation}, {p.ControllerContact}.
            Data protection officer: {p.DpoContact}.

            <b>What for</b>
            To collect young people’s ideas for the city and tell the people who follow them what becomes of them; to ask quick questions (polls) and count the answers; to invite you to events and keep your place; to send announcements and the weekly digest (on once you consent; turn them off in /settings); to keep the bot safe from abuse.

            <b>Legal basis</b>
            Your consent (GDPR Article 6(1)(a)). You may withdraw it at any time with /forgetme; what was done before stays lawful. Taking part is voluntary, and the bot is for people aged {p.MinimumAge} or older.

            <b>What is kept</b>
            • your account id and chat id in this chat app and, once you consent, your name as the app shows it (with your username, if you have one); your language and settings, when you accepted this notice and when you last wrote;
            • your ideas (title, description, theme, photo, and the place if you give one: a point rounded to about 100 m, or the place’s name) and the coordinators’ comments and decisions on them;
            • the ideas you support (your votes of support), follow or report, with the reason you chose;
            • your votes in polls;
            • your answers to events, your place on a waiting list, and the reminders sent to you;
            • a draft you have not finished (an idea, say);
            • technical records: the ids and times of the messages you send, and the messages sent to you until they are delivered, then their times and status.
            Never your phone number or contacts, and never where you are: a location only when you share one for an idea.

            <b>Who sees it</b>
            The city’s coordinators see all ideas (approved or not), reports and event answers, and your name beside your ideas and answers; nobody else sees your name. Every idea goes into the coordinators’ exports, without names. Approved ideas are public to everyone who uses the bot and may be passed to the city council. Telegram and Meta (Facebook Messenger) process the messages as independent controllers under their own privacy policies, including outside the EU. Nothing is decided about you by automated means alone.

            <b>How long</b>
            Your account and what you sent: until you erase it with /forgetme. Technical records of messages and unfinished drafts: at most {Plural.En(p.RetentionDays, "day")}. If you do not consent: your account and chat ids, your language, that answer and the technical records of your messages, for at most {Plural.En(p.RetentionDays, "day")} after your last message. Files made for you (/mydata): one day.

            <b>Your rights</b>
            • access: /mydata sends you everything kept about you;
            • rectification: change your language and settings in /settings; for anything else, write to the data protection officer;
            • erasure: /forgetme deletes your account, settings, votes of support, the ideas you follow, reports, poll votes, answers, drafts, ideas not yet published and the messages kept for you; published ideas stay, with no link to you;
            • restriction of processing: write to the data protection officer;
            • portability: /mydata sends your data as a machine-readable JSON file;
            • a complaint to the supervisory authority: {p.SupervisoryAuthority}.
            """,
        Accept = "✅ I agree",
        Decline = "No, thanks",
        ReadMore = "📄 Read more",
        Welcome = """
            Thank you, and welcome! 🎉
            You will receive announcements and the weekly digest; change that any time in /settings.
            Send /help to see everything I can do.
            """,
        WelcomeBack = "Welcome back! 👋",
        MessengerWindowNote = "On Messenger I can send you news only within a day of your last message to me; /digest shows the week at any time.",
        DeclinedInfo = days => $"You haven’t given consent, so I keep only your account and chat ids, your language, this answer and technical records of your messages, for at most {Plural.En(days, "day")} after your last message. If you change your mind, send /start.",
        ReadNoticeAgain = "🔒 Read it again",
        AlreadyAccepted = "You have already given your consent. 👍",

        MenuPrompt = "What would you like to do?",
        HelpIntro = "Here is what I can do:",
        HelpCoordinatorsHeader = "For coordinators:",
        CmdStart = "Start over: language, privacy, menu",
        CmdHelp = "What I can do",
        CmdLanguage = "Change the language",
        CmdSettings = "Choose what you receive",
        CmdCancel = "Stop what you’re doing",
        CmdPrivacy = "The privacy notice: what is kept and your rights",
        MenuSettings = "⚙️ Settings",
        MenuLanguage = "🌐 Language",
        MenuHelp = "❓ Help",
        MenuPrivacy = "🔒 Privacy",

        CmdIdea = "Suggest an idea for the city",
        CmdIdeas = "Approved ideas; support the best",
        CmdMyIdeas = "My ideas and where they stand",
        CmdPending = "Ideas waiting for review",
        CmdExport = "Ideas and events as a spreadsheet",
        MenuIdea = "💡 New idea",
        MenuIdeas = "📋 Ideas",
        MenuMyIdeas = "🗂 My ideas",
        MenuPending = "🛡 Review",

        IdeaAskTitle = max => $"💡 Let’s write your idea down! First, a short title (up to {Plural.En(max, "character")}):",
        IdeaAskDescription = max => $"Now describe it: what should change, where, and why? (up to {Plural.En(max, "character")})",
        IdeaAskTheme = "Which theme fits it best?",
        IdeaAskPhoto = "If you have a photo, send it (optional), or tap Skip.",
        IdeaAskNewPhoto = "Send a new photo, or keep or remove the one you added.",
        KeepPhoto = "Keep the photo",
        RemovePhoto = "Remove the photo",
        EditCurrent = value => $"Now: {value}",
        KeepAsIs = "Keep as it is",
        IdeaPreviewHeader = "Here is your idea:",
        IdeaPreviewPhoto = "📷 with a photo",
        IdeaPreviewQuestion = "Send it to the city?",
        IdeaSubmit = "✅ Submit",
        Edit = "✏️ Edit",
        EditWhich = "What would you like to change?",
        FlowStepLost = "The bot has been updated and I lost track of the step you were at. Everything you wrote is kept: let’s carry on from here.",
        FieldTitle = "Title",
        FieldDescription = "Description",
        IdeaFieldTheme = "Theme",
        IdeaFieldPhoto = "Photo",
        IdeaAskPlace = "📍 Where is it? Send a location (📎 → Location), type the place (a street, a park, an address), or tap Skip.",
        IdeaAskPlaceTyped = "📍 Where is it? Type the place (a street, a park, an address), or tap Skip.",
        InputNeedsPlace = "Please send a location or type the place, or tap Skip.",
        IdeaFieldPlace = "Place",
        IdeaAskDistrict = "Which part of the city is it in?",
        IdeaFieldDistrict = "District",
        Back = "◀ Back",
        IdeaReceived = number => $"🎉 Idea #{number} received! A coordinator will review it, usually within a few days, and you’ll get a message here when it has been reviewed. Follow it any time with /myideas.",
        IdeaAlreadyReceived = number => $"Idea #{number} has already been received. 👍",
        IdeaLimitReached = limit => $"That’s the limit: {Plural.En(limit, "idea")} in 24 hours. Thank you! You can send the next one a little later.",

        InputEmpty = "That’s empty — please write a few words.",
        InputTooLong = (length, max) => $"Too long ({length}/{max}). Please shorten it.",
        InputNeedsText = "I need text here.",
        InputNeedsPhoto = "Please send a photo, or tap Skip.",
        InputNeedsTheme = "Please choose a theme with the buttons.",
        InputUseButtons = "Please use the buttons under the message.",

        StatusSubmitted = "waiting for review",
        StatusApproved = "approved",
        StatusRejected = "not accepted",
        StatusInProgress = "in progress",
        StatusImplemented = "implemented",

        ModNewIdea = number => $"💡 New idea #{number}",
        ModAuthor = (who, channel, language) => $"Author: {who} · {channel} · language: {language}",
        NoName = id => $"no name · ID {id}",
        AuthorErased = "data erased at the author’s request",
        ModApprove = "✅ Approve",
        ModReject = "❌ Reject",
        ModInProgress = "🔧 Start work",
        ModImplemented = "🏁 Mark implemented",
        ModRestore = "♻️ Restore",
        ModAskReason = number => $"Why are you rejecting idea #{number}? Your reason goes to the author.",
        ModAskComment = number => $"Add a comment for the author of idea #{number}, or tap Skip.",
        ModDone = (number, status) => $"Idea #{number}: {status} ✓",
        ModUnchanged = (number, status) => $"Idea #{number} is already “{status}”; nothing changed.",
        ModNotAllowed = (number, current, target) => $"Idea #{number} is “{current}”: it can’t become “{target}”.",
        ModRestored = number => $"Idea #{number} is visible again. ✓",
        ModNothingPending = "Nothing is waiting for review. 🎉",
        ModPendingCount = count => $"Waiting for review: {count}",
        ModReadyForCouncil = (number, title, supports) => $"🏛 Idea #{number} “{title}” has {Plural.En(supports, "supporter")} and can now go to the council.",
        ModHiddenAfterReports = (number, title, reports) => $"⚠️ Idea #{number} “{title}” is hidden after {Plural.En(reports, "report")}. Please take a look.",
        ModHiddenLabel = "🙈 hidden after reports",

        AuthorApproved = (number, title) => $"🎉 Your idea #{number} “{title}” was approved! Others can now see and support it in /ideas.",
        AuthorRejected = (number, title, reason) => $"Your idea #{number} “{title}” was not accepted. The coordinator wrote: {reason}",
        AuthorInProgress = (number, title) => $"🔧 Work has started on your idea #{number} “{title}”!",
        AuthorImplemented = (number, title) => $"🏁 Your idea #{number} “{title}” has been implemented! Thank you for making the city better.",

        IdeasEmpty = "No approved ideas yet — send the first one with /idea!",
        IdeasPage = (page, pages) => $"Page {page} of {pages}",
        SortSupported = "👍 Most supported",
        SortNewest = "🆕 Newest",
        SortShuffled = "🎲 Shuffled",
        FilterTheme = theme => $"🏷 {theme}",
        FilterAllThemes = "🏷 All themes",
        FilterDistrict = district => $"📍 {district}",
        FilterAllDistricts = "📍 All districts",
        IdeasWhichTheme = "Ideas of which theme?",
        IdeasWhichDistrict = "Ideas of which district?",
        IdeasNoneFiltered = "No ideas match that yet. Choose another theme or district.",
        Next = "Next ▶",
        SupportLabel = count => $"👍 Support · {count}",
        SupportedLabel = count => $"💚 You support · {count}",
        ReportLabel = "⚠️ Report",
        OwnIdea = "That’s your own idea, so you can’t support or report it.",
        ReportThanks = reason => $"Reported: {reason}. Thank you! Coordinators will take a look; they see the reason, not who sent it.",
        ReportWhy = (number, title) => $"Why are you reporting idea #{number} “{title}”?",
        ReportSpam = "Spam or advertising",
        ReportOffensive = "Offensive",
        ReportOffTopic = "Not about the city",
        ReportOther = "Something else",
        ReportWithdraw = "↩️ Withdraw report",
        ReportWithdrawn = number => $"Your report of idea #{number} is withdrawn.",
        ReportNothingToWithdraw = "You have no report of this idea to withdraw.",
        ReportNotSent = "OK, nothing was reported.",
        ModReportReasons = reasons => $"Reasons: {reasons}",
        ReportAlready = "You’ve already reported this idea.",
        IdeaNotAvailable = "That idea is no longer available.",
        MyIdeasEmpty = "You have no ideas yet. Send /idea to share one!",
        MyIdeasHeader = "Your ideas:",
        ExportReady = (ideas, events) => $"📊 A spreadsheet: {Plural.En(ideas, "idea")} (with their history) and {Plural.En(events, "event")} (with the answers). CSV files for other programs: /export csv",
        ExportCsvIdeas = count => $"💡 CSV with {Plural.En(count, "idea")}: UTF-8, values separated by commas (,), the column names in the first row, dates in ISO 8601 with the city’s UTC offset.",
        ExportCsvEvents = count => $"📅 CSV with {Plural.En(count, "event")} and the answers, in the same format.",
        ExportEmpty = "There are no ideas or events to export yet.",
        ExportHeaders = new Dictionary<string, string>
        {
            ["sheet:ideas"] = "Ideas",
            ["sheet:history"] = "Idea history",
            ["sheet:events"] = "Events",
            ["id"] = "No.",
            ["submitted"] = "Submitted",
            ["status"] = "Status",
            ["status_changed"] = "Status changed",
            ["theme"] = "Theme",
            ["title"] = "Title",
            ["description"] = "Description",
            ["comment"] = "Coordinator’s comment or reason",
            ["supports"] = "Supports",
            ["reports"] = "Reports",
            ["hidden"] = "Hidden after reports",
            ["ready_for_council"] = "Ready for the council",
            ["author_channel"] = "Author’s app",
            ["author_language"] = "Author’s language",
            ["latitude"] = "Latitude",
            ["longitude"] = "Longitude",
            ["district"] = "District",
            ["council_decision"] = "Council’s decision",
            ["council_answer"] = "Council’s answer",
            ["idea_id"] = "Idea No.",
            ["idea_title"] = "Idea",
            ["changed"] = "Changed",
            ["starts"] = "Starts",
            ["place"] = "Place",
            ["capacity"] = "Places",
            ["going"] = "Going",
            ["waiting"] = "Waiting list",
            ["maybe"] = "Maybe",
            ["not_going"] = "Not going",
            ["created"] = "Created",
        },
        ExportDateFormat = "yyyy-mm-dd hh:mm",
        ExportYes = "yes",
        ExportNo = "no",
        ExportEventPublished = "published",
        ExportEventCancelled = "cancelled",

        CmdEvents = "Upcoming events; say if you’re coming",
        CmdNewEvent = "Create an event and invite everyone",
        CmdAnnounce = "Send an announcement",
        MenuEvents = "📅 Events",
        MenuNewEvent = "➕ New event",
        MenuAnnounce = "📣 Announce",

        EventAskTitle = max => $"📅 New event. What is it called? (up to {Plural.En(max, "character")})",
        EventAskStart = (zone, example, iso) => $"When does it start? Write the date and time ({zone}), for example {example} or {iso}.",
        EventAskPlace = max => $"Where is it? (up to {Plural.En(max, "character")})",
        EventAskDescription = max => $"What will happen there, and who is it for? (up to {Plural.En(max, "character")})",
        EventAskCapacity = "How many people can come? Send a number, or tap No limit.",
        NoLimit = "No limit",
        EventPreviewHeader = "Here is the event:",
        EventPreviewQuestion = "Publish it? It goes to everyone who gets announcements.",
        EventSaveQuestion = "Save the changes? Everyone who answered Going or Maybe will be told.",
        EventPublish = "📣 Publish",
        EventSave = "💾 Save",
        EventFieldStart = "Date and time",
        EventFieldPlace = "Place",
        EventFieldCapacity = "Capacity",
        EventPublished = number => $"📣 Event #{number} is published and on its way to subscribers.",
        EventSaved = number => $"💾 Event #{number} is saved.",
        InputBadDate = example => $"I can’t read that date. Please write it like {example}.",
        InputNoSuchDate = (day, month, year) => $"There is no {day} {Months[month - 1]} {year}. Please check the date.",
        InputNoTime = "Please add the time of day too, for example 18:00.",
        InputTitleNeedsWords = "A title needs at least one word or number, not only emoji or punctuation.",
        InputPastDate = "That time has already passed. Please give a future date and time.",
        InputNoSuchTime = "That time does not exist: the clocks go forward that night. Please give another.",
        InputBadNumber = max => $"Please send a whole number from 1 to {max}, or tap No limit.",

        EventPlaces = count => $"👥 Capacity: {count}",
        EventPlacesFree = (capacity, free) => $"👥 {Plural.En(capacity, "place")} · {free} free",
        EventPlacesFull = (capacity, waiting) => waiting == 0 ? $"👥 {Plural.En(capacity, "place")} · full" : $"👥 {Plural.En(capacity, "place")} · full · {waiting} waiting",
        RsvpOnWaitingList = position => $"⏳ You’re on the waiting list: {Ordinal.En(position)} in line.",
        RsvpWaitingLabel = position => $"⏳ {Ordinal.En(position)} in line",
        EventWhoIsComing = "👥 Who’s coming",
        AttendeesHeader = title => $"👥 Who’s coming to “{title}”",
        AttendeesGoing = count => $"✅ Going: {count}",
        AttendeesWaiting = count => $"⏳ Waiting list: {count}",
        AttendeesMaybe = count => $"🤔 Maybe: {count}",
        AttendeesNotGoing = count => $"❌ Not going: {count}",
        AttendeesNone = "Nobody has answered yet.",
        EventCancelledLabel = "🚫 Cancelled",
        RsvpGoing = "✅ Going",
        RsvpMaybe = "🤔 Maybe",
        RsvpNotGoing = "❌ Not going",
        AddToCalendar = "🗓 Add to calendar",
        OpenInBot = "💬 Answer in the bot",
        RsvpSavedGoing = "See you there! ✅",
        RsvpSavedMaybe = "Noted: maybe. 🤔",
        RsvpSavedNotGoing = "Thanks for letting us know.",
        RsvpWaitlisted = position => $"The event is full, so you’re on the waiting list (place in the queue: {position}). I’ll tell you if a place opens up.",
        RsvpPromoted = title => $"🎉 A place opened up: you’re now going to “{title}”!",
        EventOver = "That event has already started or is over.",
        EventNotFound = "That event is not available.",
        EventsEmpty = "No events are planned right now. I’ll tell you when there is one!",
        EventEdit = "✏️ Edit",
        EventCancel = "🚫 Cancel event",
        EventCancelConfirm = title => $"Cancel “{title}”? Everyone who answered Going or Maybe will be told.",
        EventCancelYes = "Yes, cancel it",
        EventCancelNo = "No, keep it",
        EventKept = title => $"OK, “{title}” stays as it is.",
        EventCancelledDone = number => $"🚫 Event #{number} is cancelled; everyone who answered Going or Maybe is being told.",
        EventChangedNotice = "✏️ An event you answered has changed:",
        EventEditing = (number, title) => $"✏️ Editing event #{number} “{title}”.",
        EventNothingChanged = "Nothing has changed yet: choose Edit to change something.",
        EventChangesHeader = "What changes:",
        EventChangeLine = (field, before, after) => $"• {field}: {before} → {after}",
        EventDescriptionChanged = "rewritten",
        ChangeTitle = "Title",
        ChangeTime = "Time",
        ChangePlace = "Place",
        ChangeDescription = "Description",
        ChangeCapacity = "Places",
        EventCancelledNotice = (title, when) => $"🚫 The event “{title}” ({when}) is cancelled. Sorry!",
        Reminder = (title, relative, when, place) => $"⏰ Reminder: <b>{title}</b> starts {relative}.\n🕒 {when}\n📍 {place}",
        CalendarFileCaption = "🗓 Open the file to add the event to your calendar.",

        Today = "today",
        Tomorrow = "tomorrow",
        TodayAt = time => $"today at {time}",
        TomorrowAt = time => $"tomorrow at {time}",
        InDays = days => $"in {Plural.En(days, "day")}",
        InHours = hours => $"in {Plural.En(hours, "hour")}",
        InMinutes = minutes => $"in {Plural.En(minutes, "minute")}",

        AnnounceAskText = max => $"📣 Write the announcement (up to {Plural.En(max, "character")}):",
        AnnounceAskPhoto = "Add a photo (optional), or tap Skip.",
        AnnounceAskAudience = "Who should get it?",
        AudienceSubscribers = count => $"Subscribers ({count})",
        AudienceEvent = (title, count) => $"📅 {title} ({count})",
        AnnouncePreview = audience => $"— To: {audience}. Send it?",
        AnnounceSend = "📣 Send",
        AnnounceQueued = count => $"📣 On its way to {Plural.En(count, "person")}. I’ll report progress here.",
        AnnounceNobody = "Nobody is in that audience yet.",
        BroadcastProgress = (sent, total, unreachable) => $"📣 Sending: {sent} of {total} sent · unreachable: {unreachable}",
        BroadcastDone = (sent, unreachable, failed, skipped) => $"✅ Done: sent {sent} · unreachable {unreachable} · failed {failed} · skipped {skipped}",
        CrossPostFailed = target => $"⚠️ Posting {target} failed; I’ll try again. The reason:",
        CrossPostGaveUp = target => $"⚠️ Posting {target} failed, and I’ve stopped trying; please post it by hand. The reason:",
        TelegramChannelName = "to the Telegram channel",
        FacebookPageName = "to the Facebook Page",

        KindAnnouncement = "announcement",
        KindEventPublished = "new event",
        KindEventChanged = "event change",
        KindEventCancelled = "event cancelled",
        KindDigest = "weekly digest",

        CmdMyData = "Everything stored about you (a JSON file)",
        CmdForgetMe = "Erase everything about you",
        MyDataReady = "📦 Here is everything this bot keeps about you.",
        ForgetMeConfirm = "🗑 Erase everything about you? Your settings, votes of support, follows, reports, poll votes, event answers, drafts, unpublished ideas and the messages kept for you will be deleted. Published ideas stay, but are no longer linked to you. This cannot be undone.",
        ForgetMeYes = "🗑 Yes, erase all",
        ForgetMeNo = "No, keep it",
        ForgetMeDone = "✅ Everything about you has been erased. To come back, send /start.",
        ForgetMeKept = "👍 Nothing was erased.",
        FloodWarning = "🐢 Slow down, please! You are writing very fast, so I will not read your messages for a little while.",
        GroupRedirect = "👋 I don’t chat here. Write to me privately: tap my name, then Start.",

        CmdDigest = "Weekly digest: ideas, changes, events",
        MenuDigest = "🗞 Digest",
        DigestTitle = (from, to) => $"🗞 <b>Weekly digest</b> · {from} – {to}",
        DigestApprovedHeader = "💡 <b>New ideas you can support</b>",
        DigestIdeaLine = (id, title, supports) => $"#{id} {title} · 👍 {supports}",
        DigestChangedHeader = "🔧 <b>What is happening to ideas</b>",
        DigestChangeLine = (id, title, status) => $"#{id} {title} → {status}",
        DigestComment = comment => $"   💬 {comment}",
        DigestEventsHeader = "📅 <b>The next two weeks</b>",
        DigestEventLine = (title, when, relative) => $"• {title} · {when} ({relative})",
        DigestFigures = (ideas, supports, people) => $"📊 The past week: {Plural.En(ideas, "new idea")} · {supports} {(supports == 1 ? "vote" : "votes")} of support · {Plural.En(people, "person")} taking part",
        DigestOpenIdea = id => $"💡 #{id}",
        DigestOpenEvent = title => $"📅 {title}",
        DigestNothingNew = "🗞 Nothing new in the past week. Share an idea of your own with /idea!",
        DigestPreview = when => $"👀 Preview: the next digest as it stands now. It goes to subscribers on {when}, with what happens until then.",

        SettingsTitle = "⚙️ <b>Settings</b>",
        SettingsHint = "Tap a button to turn it on or off.",
        SettingAnnouncements = "Announcements",
        SettingDigest = "Weekly digest",
        SettingIdeaNews = "Idea news",

        DraftIdea = title => $"idea “{title}”",
        DraftEvent = title => $"event “{title}”",
        DraftAnnouncement = text => $"announcement “{text}”",
        DraftModerationNote = number => $"comment on idea #{number}",
        DraftPending = draft => $"📝 You have an unfinished {draft}. Carry on where you stopped, or start over? (/cancel drops it.)",
        DraftContinue = "▶ Continue",
        DraftStartOver = "🔄 Start over",
        DraftDiscard = "🗑 Drop it",
        DraftDiscarded = "The draft is dropped.",

        Skip = "Skip",
        CancelLabel = "✖️ Cancel",
        Cancelled = "Cancelled.",
        NothingToCancel = "There is nothing to cancel.",
        UnknownText = "Sorry, I didn’t understand that. Choose from the menu or send /help.",
        UnknownCommand = command => $"I don’t know the command /{command}. Send /help to see the ones I do.",
        Unsupported = "I can read text and buttons here (and a photo when you add one to an idea). Send /help to see what I can do.",
        CoordinatorsOnly = "That is for the city’s coordinators only.",
        StaleButton = "That button is no longer active. Here is the menu instead.",
        SomethingWentWrong = "Sorry, something went wrong on my side. Please try again in a moment.",
    };
}
