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

    // Ideas: commands and menu
    public required string CmdIdea { get; init; }
    public required string CmdIdeas { get; init; }
    public required string CmdMyIdeas { get; init; }
    public required string CmdPending { get; init; }
    public required string CmdExport { get; init; }
    public required string MenuIdea { get; init; }
    public required string MenuIdeas { get; init; }
    public required string MenuMyIdeas { get; init; }
    public required string MenuPending { get; init; }

    // Ideas: the /idea flow
    public required Func<int, string> IdeaAskTitle { get; init; }
    public required Func<int, string> IdeaAskDescription { get; init; }
    public required string IdeaAskTheme { get; init; }
    public required string IdeaAskPhoto { get; init; }
    public required string IdeaPreviewHeader { get; init; }
    public required string IdeaPreviewPhoto { get; init; }
    public required string IdeaPreviewQuestion { get; init; }
    public required string IdeaSubmit { get; init; }
    public required string IdeaEdit { get; init; }
    public required string IdeaEditWhich { get; init; }
    public required string IdeaFieldTitle { get; init; }
    public required string IdeaFieldDescription { get; init; }
    public required string IdeaFieldTheme { get; init; }
    public required string IdeaFieldPhoto { get; init; }
    public required string Back { get; init; }
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
    public required Func<string, string, string> ModAuthor { get; init; }
    public required string ModApprove { get; init; }
    public required string ModReject { get; init; }
    public required string ModInProgress { get; init; }
    public required string ModImplemented { get; init; }
    public required string ModRestore { get; init; }
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
    public required string Next { get; init; }
    public required Func<int, string> SupportLabel { get; init; }
    public required Func<int, string> SupportedLabel { get; init; }
    public required string ReportLabel { get; init; }
    public required string OwnIdea { get; init; }
    public required string ReportThanks { get; init; }
    public required string ReportAlready { get; init; }
    public required string IdeaNotAvailable { get; init; }
    public required string MyIdeasEmpty { get; init; }
    public required string MyIdeasHeader { get; init; }
    public required Func<int, string> ExportReady { get; init; }
    public required string ExportEmpty { get; init; }

    // Events: commands and menu
    public required string CmdEvents { get; init; }
    public required string CmdNewEvent { get; init; }
    public required string CmdAnnounce { get; init; }
    public required string MenuEvents { get; init; }
    public required string MenuNewEvent { get; init; }
    public required string MenuAnnounce { get; init; }

    // Events: the /newevent flow
    public required Func<int, string> EventAskTitle { get; init; }
    public required Func<string, string, string> EventAskStart { get; init; }
    public required Func<int, string> EventAskPlace { get; init; }
    public required Func<int, string> EventAskDescription { get; init; }
    public required string EventAskCapacity { get; init; }
    public required string NoLimit { get; init; }
    public required string EventPreviewHeader { get; init; }
    public required string EventPreviewQuestion { get; init; }
    public required string EventSaveQuestion { get; init; }
    public required string EventPublish { get; init; }
    public required string EventSave { get; init; }
    public required string EventFieldStart { get; init; }
    public required string EventFieldPlace { get; init; }
    public required string EventFieldCapacity { get; init; }
    public required Func<long, string> EventPublished { get; init; }
    public required Func<long, string> EventSaved { get; init; }
    public required Func<string, string> InputBadDate { get; init; }
    public required string InputPastDate { get; init; }
    public required Func<string, string> InputNoSuchTime { get; init; }
    public required Func<int, string> InputBadNumber { get; init; }

    // Events: cards and answers
    public required Func<int, string> EventPlaces { get; init; }
    public required string EventCancelledLabel { get; init; }
    public required string RsvpGoing { get; init; }
    public required string RsvpMaybe { get; init; }
    public required string RsvpNotGoing { get; init; }
    public required string AddToCalendar { get; init; }
    public required string OpenInBot { get; init; }
    public required string RsvpSavedGoing { get; init; }
    public required string RsvpSavedMaybe { get; init; }
    public required string RsvpSavedNotGoing { get; init; }
    public required Func<int, string> RsvpWaitlisted { get; init; }
    public required Func<string, string> RsvpPromoted { get; init; }
    public required string EventOver { get; init; }
    public required string EventNotFound { get; init; }
    public required string EventsEmpty { get; init; }
    public required string EventEdit { get; init; }
    public required string EventCancel { get; init; }
    public required Func<string, string> EventCancelConfirm { get; init; }
    public required string EventCancelYes { get; init; }
    public required string EventCancelNo { get; init; }
    public required Func<long, string> EventCancelledDone { get; init; }
    public required string EventChangedNotice { get; init; }
    public required Func<string, string, string> EventCancelledNotice { get; init; }
    public required Func<string, string, string, string, string> Reminder { get; init; }
    public required string CalendarFileCaption { get; init; }

    // Announcements and broadcasts
    public required Func<int, string> AnnounceAskText { get; init; }
    public required string AnnounceAskPhoto { get; init; }
    public required string AnnounceAskAudience { get; init; }
    public required Func<int, string> AudienceSubscribers { get; init; }
    public required Func<string, int, string> AudienceEvent { get; init; }
    public required Func<string, string> AnnouncePreview { get; init; }
    public required string AnnounceSend { get; init; }
    public required Func<int, string> AnnounceQueued { get; init; }
    public required string AnnounceNobody { get; init; }
    public required Func<int, int, int, string> BroadcastProgress { get; init; }
    public required Func<int, int, int, int, string> BroadcastDone { get; init; }
    public required Func<string, string> CrossPostFailed { get; init; }
    public required string TelegramChannelName { get; init; }
    public required string FacebookPageName { get; init; }

    // Figures
    public required string CmdStats { get; init; }
    public required string MenuStats { get; init; }
    public required string StatsTitle { get; init; }
    public required Func<int, int, int, int, int, string> StatsMembers { get; init; }
    public required Func<int, int, int, int, int, string> StatsIdeas { get; init; }
    public required Func<int, string> StatsEvents { get; init; }
    public required string StatsBroadcastsHeader { get; init; }
    public required string StatsNoBroadcasts { get; init; }
    public required Func<long, string, string, int, int, int, int, int, string> StatsBroadcast { get; init; }
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
    public required string ForgetMeYes { get; init; }
    public required string ForgetMeNo { get; init; }
    public required string ForgetMeDone { get; init; }
    public required string ForgetMeKept { get; init; }
    public required string FloodWarning { get; init; }
    public required string GroupRedirect { get; init; }

    // Weekly digest
    public required string CmdDigest { get; init; }
    public required string MenuDigest { get; init; }
    public required Func<string, string, string> DigestTitle { get; init; }
    public required string DigestApprovedHeader { get; init; }
    public required Func<long, string, int, string> DigestIdeaLine { get; init; }
    public required string DigestChangedHeader { get; init; }
    public required Func<long, string, string, string> DigestChangeLine { get; init; }
    public required Func<string, string> DigestComment { get; init; }
    public required string DigestEventsHeader { get; init; }
    public required Func<string, string, string, string> DigestEventLine { get; init; }
    public required Func<int, int, int, string> DigestFigures { get; init; }
    public required Func<long, string> DigestOpenIdea { get; init; }
    public required Func<string, string> DigestOpenEvent { get; init; }
    public required string DigestNothingNew { get; init; }
    public required Func<string, string> DigestPreview { get; init; }

    // Settings
    public required string SettingsTitle { get; init; }
    public required string SettingsHint { get; init; }
    public required string SettingAnnouncements { get; init; }
    public required string SettingDigest { get; init; }

    // Everywhere
    public required string Skip { get; init; }
    public required string CancelLabel { get; init; }
    public required string Cancelled { get; init; }
    public required string NothingToCancel { get; init; }
    public required string UnknownText { get; init; }
    public required Func<string, string> UnknownCommand { get; init; }
    public required string Unsupported { get; init; }
    public required string CoordinatorsOnly { get; init; }
    public required string StaleButton { get; init; }
    public required string SomethingWentWrong { get; init; }
}
