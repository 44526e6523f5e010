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

    public string Status(Ideas.IdeaStatus status) => status switch
    {
        Ideas.IdeaStatus.Submitted => StatusSubmitted,
        Ideas.IdeaStatus.Approved => StatusApproved,
        Ideas.IdeaStatus.Rejected => StatusRejected,
        Ideas.IdeaStatus.InProgress => StatusInProgress,
        _ => StatusImplemented,
    };

    // Onboarding
    public required Func<string, string> LanguageSet { get; init; }

    /// <summary>A language's name inside a sentence: "latviešu", "латышский", "Latvian".</summary>
    public required Func<Language, string> LanguageName { get; init; }

    /// <summary>The first layer of the privacy notice, shown with Accept: short enough for a Messenger template (640).</summary>
    public required Func<Privacy.PrivacyFacts, string> PrivacySummary { get; init; }

    /// <summary>The whole notice (GDPR Art. 13), behind Read more and /privacy.</summary>
    public required Func<Privacy.PrivacyFacts, string> PrivacyFull { get; init; }
    [Label] public required string Accept { get; init; }
    [Label] public required string Decline { get; init; }
    [Label] public required string ReadMore { get; init; }
    public required string Welcome { get; init; }
    public required string WelcomeBack { get; init; }

    /// <summary>Added to the welcome on Messenger: news reaches people only inside the 24-hour window.</summary>
    public required string MessengerWindowNote { get; init; }
    public required Func<int, string> DeclinedInfo { get; init; }
    [Label] public required string ReadNoticeAgain { get; init; }
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
    public required string CmdPrivacy { get; init; }
    [Label] public required string MenuSettings { get; init; }
    [Label] public required string MenuLanguage { get; init; }
    [Label] public required string MenuHelp { get; init; }
    [Label] public required string MenuPrivacy { get; init; }

    // Ideas: commands and menu
    public required string CmdIdea { get; init; }
    public required string CmdIdeas { get; init; }
    public required string CmdMyIdeas { get; init; }
    public required string CmdPending { get; init; }
    public required string CmdExport { get; init; }
    [Label] public required string MenuIdea { get; init; }
    [Label] public required string MenuIdeas { get; init; }
    [Label] public required string MenuMyIdeas { get; init; }
    [Label] public required string MenuPending { get; init; }

    // Ideas: the /idea flow
    public required Func<int, string> IdeaAskTitle { get; init; }
    public required Func<int, string> IdeaAskDescription { get; init; }
    public required string IdeaAskTheme { get; init; }
    public required string IdeaAskPhoto { get; init; }

    /// <summary>Asked when changing the photo of a draft that has one.</summary>
    public required string IdeaAskNewPhoto { get; init; }
    [Label] public required string KeepPhoto { get; init; }
    [Label] public required string RemovePhoto { get; init; }

    /// <summary>Above the question when one field of a draft is changed: what it holds now.</summary>
    public required Func<string, string> EditCurrent { get; init; }
    [Label] public required string KeepAsIs { get; init; }
    public required string IdeaPreviewHeader { get; init; }
    public required string IdeaPreviewPhoto { get; init; }
    public required string IdeaPreviewQuestion { get; init; }
    [Label] public required string IdeaSubmit { get; init; }
    [Label] public required string Edit { get; init; }
    public required string EditWhich { get; init; }
    public required string FlowStepLost { get; init; }
    [Label] public required string FieldTitle { get; init; }
    [Label] public required string FieldDescription { get; init; }
    [Label] public required string IdeaFieldTheme { get; init; }
    [Label] public required string IdeaFieldPhoto { get; init; }

    /// <summary>Where the idea is, on Telegram (a location can be sent) and on the channels where it is typed.</summary>
    public required string IdeaAskPlace { get; init; }
    public required string IdeaAskPlaceTyped { get; init; }
    public required string InputNeedsPlace { get; init; }
    [Label] public required string IdeaFieldPlace { get; init; }
    public required string IdeaAskDistrict { get; init; }
    [Label] public required string IdeaFieldDistrict { get; init; }
    [Label] public required string Back { get; init; }
    public required Func<long, string> IdeaReceived { get; init; }
    public required Func<long, string> IdeaAlreadyReceived { get; init; }
    public required Func<int, string> IdeaLimitReached { get; init; }

    // Answers that are asked again
    public required string InputEmpty { get; init; }
    public required Func<int, int, string> InputTooLong { get; init; }
    public required string InputNeedsText { get; init; }
    public required string InputNeedsPhoto { get; init; }
    public required string InputNeedsTheme { get; init; }
    public required string InputUseButtons { get; init; }

    // Idea statuses
    public required string StatusSubmitted { get; init; }
    public required string StatusApproved { get; init; }
    public required string StatusRejected { get; init; }
    public required string StatusInProgress { get; init; }
    public required string StatusImplemented { get; init; }

    // Moderation
    public required Func<long, string> ModNewIdea { get; init; }
    /// <summary>The author line on a coordinator's card: who (a name, or <see cref="NoName"/>), channel, language.</summary>
    public required Func<string, string, string, string> ModAuthor { get; init; }

    /// <summary>A person the platform gave no name for (Messenger), as coordinators see them.</summary>
    public required Func<long, string> NoName { get; init; }

    /// <summary>The author of an idea who asked to be forgotten.</summary>
    public required string AuthorErased { get; init; }
    [Label] public required string ModApprove { get; init; }
    [Label] public required string ModReject { get; init; }
    [Label] public required string ModInProgress { get; init; }
    [Label] public required string ModImplemented { get; init; }
    [Label] public required string ModRestore { get; init; }
    public required Func<long, string> ModAskReason { get; init; }
    public required Func<long, string> ModAskComment { get; init; }
    public required Func<long, string, string> ModDone { get; init; }
    public required Func<long, string, string> ModUnchanged { get; init; }
    public required Func<long, string, string, string> ModNotAllowed { get; init; }
    public required Func<long, string> ModRestored { get; init; }
    public required string ModNothingPending { get; init; }
    public required Func<int, string> ModPendingCount { get; init; }
    public required Func<long, string, int, string> ModReadyForCouncil { get; init; }
    public required Func<long, string, int, string> ModHiddenAfterReports { get; init; }
    public required string ModHiddenLabel { get; init; }

    // Telling the author
    public required Func<long, string, string> AuthorApproved { get; init; }
    public required Func<long, string, string, string> AuthorRejected { get; init; }
    public required Func<long, string, string> AuthorInProgress { get; init; }
    public required Func<long, string, string> AuthorImplemented { get; init; }

    // Community
    public required string IdeasEmpty { get; init; }
    public required Func<int, int, string> IdeasPage { get; init; }

    // Browsing /ideas: the order, and the theme and district shown
    [Label] public required string SortSupported { get; init; }
    [Label] public required string SortNewest { get; init; }
    [Label] public required string SortShuffled { get; init; }
    [Label] public required Func<string, string> FilterTheme { get; init; }
    [Label] public required string FilterAllThemes { get; init; }
    [Label] public required Func<string, string> FilterDistrict { get; init; }
    [Label] public required string FilterAllDistricts { get; init; }
    public required string IdeasWhichTheme { get; init; }
    public required string IdeasWhichDistrict { get; init; }
    public required string IdeasNoneFiltered { get; init; }
    [Label] public required string Next { get; init; }
    [Label] public required Func<int, string> SupportLabel { get; init; }
    [Label] public required Func<int, string> SupportedLabel { get; init; }
    [Label] public required string ReportLabel { get; init; }
    public required string OwnIdea { get; init; }
    public required Func<string, string> ReportThanks { get; init; }
    public required Func<long, string, string> ReportWhy { get; init; }
    [Label] public required string ReportSpam { get; init; }
    [Label] public required string ReportOffensive { get; init; }
    [Label] public required string ReportOffTopic { get; init; }
    [Label] public required string ReportOther { get; init; }
    [Label] public required string ReportWithdraw { get; init; }
    public required Func<long, string> ReportWithdrawn { get; init; }
    public required string ReportNothingToWithdraw { get; init; }
    public required string ReportNotSent { get; init; }

    /// <summary>The reasons under a coordinator's "hidden after reports" notice: "Reasons: spam 2 · offensive 1".</summary>
    public required Func<string, string> ModReportReasons { get; init; }
    public required string ReportAlready { get; init; }
    public required string IdeaNotAvailable { get; init; }
    public required string MyIdeasEmpty { get; init; }
    public required string MyIdeasHeader { get; init; }
    public required Func<int, int, string> ExportReady { get; init; }
    public required Func<int, string> ExportCsvIdeas { get; init; }
    public required Func<int, string> ExportCsvEvents { get; init; }
    public required string ExportEmpty { get; init; }

    /// <summary>The spreadsheet's sheet and column names, by the keys of <see cref="Exports.ExportTables"/>.</summary>
    public required IReadOnlyDictionary<string, string> ExportHeaders { get; init; }

    /// <summary>How the spreadsheet shows dates and times (an Excel number format).</summary>
    public required string ExportDateFormat { get; init; }
    public required string ExportYes { get; init; }
    public required string ExportNo { get; init; }
    public required string ExportEventPublished { get; init; }
    public required string ExportEventCancelled { get; init; }

    // Events: commands and menu
    public required string CmdEvents { get; init; }
    public required string CmdNewEvent { get; init; }
    public required string CmdAnnounce { get; init; }
    [Label] public required string MenuEvents { get; init; }
    [Label] public required string MenuNewEvent { get; init; }
    [Label] public required string MenuAnnounce { get; init; }

    // Events: the /newevent flow
    public required Func<int, string> EventAskTitle { get; init; }
    public required Func<string, string, string, string> EventAskStart { get; init; }
    public required Func<int, string> EventAskPlace { get; init; }
    public required Func<int, string> EventAskDescription { get; init; }
    public required string EventAskCapacity { get; init; }
    [Label] public required string NoLimit { get; init; }
    public required string EventPreviewHeader { get; init; }
    public required string EventPreviewQuestion { get; init; }
    public required string EventSaveQuestion { get; init; }
    [Label] public required string EventPublish { get; init; }
    [Label] public required string EventSave { get; init; }
    [Label] public required string EventFieldStart { get; init; }
    [Label] public required string EventFieldPlace { get; init; }
    [Label] public required string EventFieldCapacity { get; init; }
    public required Func<long, string> EventPublished { get; init; }
    public required Func<long, string> EventSaved { get; init; }
    public required Func<string, string> InputBadDate { get; init; }

    /// <summary>A date the calendar does not have: day, month (1–12), year.</summary>
    public required Func<int, int, int, string> InputNoSuchDate { get; init; }
    public required string InputNoTime { get; init; }

    /// <summary>A title with no letter or digit in it (only emoji or punctuation).</summary>
    public required string InputTitleNeedsWords { get; init; }
    public required string InputPastDate { get; init; }
    public required string InputNoSuchTime { get; init; }
    public required Func<int, string> InputBadNumber { get; init; }

    // Events: cards and answers
    public required Func<int, string> EventPlaces { get; init; }

    /// <summary>Capacity and free places, on a card: "👥 12 places · 5 free".</summary>
    public required Func<int, int, string> EventPlacesFree { get; init; }

    /// <summary>A full event and its waiting line: "👥 12 places · full · 3 waiting".</summary>
    public required Func<int, int, string> EventPlacesFull { get; init; }

    /// <summary>The card line of a person on the waiting list, with their place in it.</summary>
    public required Func<int, string> RsvpOnWaitingList { get; init; }

    /// <summary>The Going button of a person on the waiting list.</summary>
    [Label] public required Func<int, string> RsvpWaitingLabel { get; init; }

    [Label] public required string EventWhoIsComing { get; init; }
    public required Func<string, string> AttendeesHeader { get; init; }
    public required Func<int, string> AttendeesGoing { get; init; }
    public required Func<int, string> AttendeesWaiting { get; init; }
    public required Func<int, string> AttendeesMaybe { get; init; }
    public required Func<int, string> AttendeesNotGoing { get; init; }
    public required string AttendeesNone { get; init; }
    public required string EventCancelledLabel { get; init; }
    [Label] public required string RsvpGoing { get; init; }
    [Label] public required string RsvpMaybe { get; init; }
    [Label] public required string RsvpNotGoing { get; init; }
    [Label] public required string AddToCalendar { get; init; }
    [Label] public required string OpenInBot { get; init; }
    public required string RsvpSavedGoing { get; init; }
    public required string RsvpSavedMaybe { get; init; }
    public required string RsvpSavedNotGoing { get; init; }
    public required Func<int, string> RsvpWaitlisted { get; init; }
    public required Func<string, string> RsvpPromoted { get; init; }
    public required string EventOver { get; init; }
    public required string EventNotFound { get; init; }
    public required string EventsEmpty { get; init; }
    [Label] public required string EventEdit { get; init; }
    [Label] public required string EventCancel { get; init; }
    public required Func<string, string> EventCancelConfirm { get; init; }
    [Label] public required string EventCancelYes { get; init; }
    [Label] public required string EventCancelNo { get; init; }
    public required Func<string, string> EventKept { get; init; }
    public required Func<long, string> EventCancelledDone { get; init; }
    public required string EventChangedNotice { get; init; }

    /// <summary>Above the choice of what to change, when a coordinator edits an event.</summary>
    public required Func<long, string, string> EventEditing { get; init; }

    /// <summary>In an edited event's preview when nothing differs from the saved event.</summary>
    public required string EventNothingChanged { get; init; }
    public required string EventChangesHeader { get; init; }

    /// <summary>One changed field: "• Time: Saturday, 5 December 2026, 18:00 → 19:00".</summary>
    public required Func<string, string, string, string> EventChangeLine { get; init; }
    public required string EventDescriptionChanged { get; init; }
    public required string ChangeTitle { get; init; }
    public required string ChangeTime { get; init; }
    public required string ChangePlace { get; init; }
    public required string ChangeDescription { get; init; }
    public required string ChangeCapacity { get; init; }
    public required Func<string, string, string> EventCancelledNotice { get; init; }
    public required Func<string, string, string, string, string> Reminder { get; init; }
    public required string CalendarFileCaption { get; init; }

    // When, by the calendar in the city's time zone
    public required string Today { get; init; }
    public required string Tomorrow { get; init; }
    public required Func<string, string> TodayAt { get; init; }
    public required Func<string, string> TomorrowAt { get; init; }
    public required Func<int, string> InDays { get; init; }
    public required Func<int, string> InHours { get; init; }
    public required Func<int, string> InMinutes { get; init; }

    // Announcements and broadcasts
    public required Func<int, string> AnnounceAskText { get; init; }
    public required string AnnounceAskPhoto { get; init; }
    public required string AnnounceAskAudience { get; init; }
    [Label] public required Func<int, string> AudienceSubscribers { get; init; }
    [Label] public required Func<string, int, string> AudienceEvent { get; init; }
    public required Func<string, string> AnnouncePreview { get; init; }
    [Label] public required string AnnounceSend { get; init; }
    public required Func<int, string> AnnounceQueued { get; init; }
    public required string AnnounceNobody { get; init; }
    public required Func<int, int, int, string> BroadcastProgress { get; init; }
    public required Func<int, int, int, int, string> BroadcastDone { get; init; }
    public required Func<string, string> CrossPostFailed { get; init; }
    public required Func<string, string> CrossPostGaveUp { get; init; }
    public required string TelegramChannelName { get; init; }
    public required string FacebookPageName { get; init; }

    // Figures
    public required string KindAnnouncement { get; init; }
    public required string KindEventPublished { get; init; }
    public required string KindEventChanged { get; init; }
    public required string KindEventCancelled { get; init; }
    public required string KindDigest { get; init; }

    // Privacy and abuse
    public required string CmdMyData { get; init; }
    public required string CmdForgetMe { get; init; }
    public required string MyDataReady { get; init; }
    public required string ForgetMeConfirm { get; init; }
    [Label] public required string ForgetMeYes { get; init; }
    [Label] public required string ForgetMeNo { get; init; }
    public required string ForgetMeDone { get; init; }
    public required string ForgetMeKept { get; init; }
    public required string FloodWarning { get; init; }
    public required string GroupRedirect { get; init; }

    // Weekly digest
    public required string CmdDigest { get; init; }
    [Label] public required string MenuDigest { get; init; }
    public required Func<string, string, string> DigestTitle { get; init; }
    public required string DigestApprovedHeader { get; init; }
    public required Func<long, string, int, string> DigestIdeaLine { get; init; }
    public required string DigestChangedHeader { get; init; }
    public required Func<long, string, string, string> DigestChangeLine { get; init; }
    public required Func<string, string> DigestComment { get; init; }
    public required string DigestEventsHeader { get; init; }
    public required Func<string, string, string, string> DigestEventLine { get; init; }
    public required Func<int, int, int, string> DigestFigures { get; init; }
    [Label] public required Func<long, string> DigestOpenIdea { get; init; }
    [Label] public required Func<string, string> DigestOpenEvent { get; init; }
    public required string DigestNothingNew { get; init; }
    public required Func<string, string> DigestPreview { get; init; }

    // Settings
    public required string SettingsTitle { get; init; }
    public required string SettingsHint { get; init; }
    [Label] public required string SettingAnnouncements { get; init; }
    [Label] public required string SettingDigest { get; init; }
    [Label] public required string SettingIdeaNews { get; init; }

    // Unfinished drafts
    public required Func<string, string> DraftIdea { get; init; }
    public required Func<string, string> DraftEvent { get; init; }
    public required Func<string, string> DraftAnnouncement { get; init; }
    public required Func<long, string> DraftModerationNote { get; init; }
    public required Func<string, string> DraftPending { get; init; }
    [Label] public required string DraftContinue { get; init; }
    [Label] public required string DraftStartOver { get; init; }
    [Label] public required string DraftDiscard { get; init; }
    public required string DraftDiscarded { get; init; }

    // Everywhere
    [Label] public required string Skip { get; init; }
    [Label] public required string CancelLabel { get; init; }
    public required string Cancelled { get; init; }
    public required string NothingToCancel { get; init; }
    public required string UnknownText { get; init; }
    public required Func<string, string> UnknownCommand { get; init; }
    public required string Unsupported { get; init; }
    public required string CoordinatorsOnly { get; init; }
    public required string StaleButton { get; init; }
    public required string SomethingWentWrong { get; init; }
}
