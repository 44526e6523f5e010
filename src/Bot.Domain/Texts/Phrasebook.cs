using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Texts;

/// <summary>
/// Everything the bot says, in one language. Every property is required, so a text missing in one
/// language is a compile error, not a blank message. Texts use <see cref="Messaging.Markup"/>;
/// arguments passed in must already be escaped.
/// </summary>
public sealed class Phrasebook(Language language) : TranslatedTexts(language, Phrasebook.Namespace)
{
    /// <summary>Its translator files: <c>texts/chat/{language}.json</c>.</summary>
    public const string Namespace = "chat";

    public static Phrasebook For(Language language) => new(language);

    /// <summary>Shown before the language is known, so it asks in every language the city offers.</summary>
    public static string LanguagePromptIn(IReadOnlyList<Language> offered) =>
        "🌐 " + string.Join(" · ", offered.Select(l => For(l).ChooseLanguage));

    /// <summary>"Choose your language", in this language: a part of the first question.</summary>
    public string ChooseLanguage => T(nameof(ChooseLanguage));

    public string Status(Ideas.IdeaStatus status) => status switch
    {
        Ideas.IdeaStatus.Submitted => StatusSubmitted,
        Ideas.IdeaStatus.Approved => StatusApproved,
        Ideas.IdeaStatus.Rejected => StatusRejected,
        Ideas.IdeaStatus.InProgress => StatusInProgress,
        _ => StatusImplemented,
    };

    // Onboarding
    public string LanguageSet(string name) => T(nameof(LanguageSet), ("name", name));

    /// <summary>A language's name inside a sentence: "latviešu", "латышский", "Latvian".</summary>
    public string LanguageName(Language language) => T($"{nameof(LanguageName)}.{language.Code}");

    /// <summary>
    /// The first layer of the privacy notice, shown with Accept: short enough for a Messenger template (640). Written
    /// for a reader on <paramref name="reader"/>, as <see cref="PrivacyFull"/> is.
    /// </summary>
    public string PrivacySummary(Privacy.PrivacyFacts p, Messaging.ChannelKind reader) => PrivacyText("Summary", p, reader);

    /// <summary>
    /// The whole notice (GDPR Art. 13), behind Read more and /privacy, for a reader on <paramref name="reader"/>: the
    /// sentences that differ by app (what the account id is, who carries the messages) are that app's
    /// (<see cref="Privacy.PrivacyFacts.VersionFor"/>).
    /// </summary>
    public string PrivacyFull(Privacy.PrivacyFacts p, Messaging.ChannelKind reader) => PrivacyText("Full", p, reader);
    [Label] public string Accept => T(nameof(Accept));
    [Label] public string Decline => T(nameof(Decline));
    [Label] public string ReadMore => T(nameof(ReadMore));
    public string Welcome => T(nameof(Welcome));
    public string WelcomeBack => T(nameof(WelcomeBack));

    /// <summary>Added to the welcome on Messenger: news reaches people only inside the 24-hour window.</summary>
    public string MessengerWindowNote => T(nameof(MessengerWindowNote));

    public string WhatsAppWindowNote => T(nameof(WhatsAppWindowNote));
    public string DeclinedInfo(int days) => T(nameof(DeclinedInfo), ("count", days));

    /// <summary>To a resident silent for Privacy:InactiveMonths: the account is erased on that day unless they write.</summary>
    public string InactivityNotice(int months, LocalMoment erasedOn) => T(nameof(InactivityNotice), ("count", months), ("erasedOn", erasedOn));
    [Label] public string ReadNoticeAgain => T(nameof(ReadNoticeAgain));
    public string AlreadyAccepted => T(nameof(AlreadyAccepted));

    // Menu and help
    public string MenuPrompt => T(nameof(MenuPrompt));
    public string HelpIntro => T(nameof(HelpIntro));
    public string HelpCoordinatorsHeader => T(nameof(HelpCoordinatorsHeader));
    public string CmdStart => T(nameof(CmdStart));
    public string CmdHelp => T(nameof(CmdHelp));
    public string CmdLanguage => T(nameof(CmdLanguage));
    public string CmdSettings => T(nameof(CmdSettings));
    public string CmdCancel => T(nameof(CmdCancel));
    public string CmdPrivacy => T(nameof(CmdPrivacy));
    [Label] public string MenuSettings => T(nameof(MenuSettings));
    [Label] public string MenuLanguage => T(nameof(MenuLanguage));
    [Label] public string MenuHelp => T(nameof(MenuHelp));
    [Label] public string MenuPrivacy => T(nameof(MenuPrivacy));

    // Ideas: commands and menu
    public string CmdIdea => T(nameof(CmdIdea));
    public string CmdIdeas => T(nameof(CmdIdeas));
    public string CmdMyIdeas => T(nameof(CmdMyIdeas));
    public string CmdPending => T(nameof(CmdPending));
    public string CmdExport => T(nameof(CmdExport));
    [Label] public string MenuIdea => T(nameof(MenuIdea));
    [Label] public string MenuIdeas => T(nameof(MenuIdeas));
    [Label] public string MenuMyIdeas => T(nameof(MenuMyIdeas));
    [Label] public string MenuPending => T(nameof(MenuPending));

    // Ideas: the /idea flow
    public string IdeaAskTitle(int max) => T(nameof(IdeaAskTitle), ("count", max));
    public string IdeaAskDescription(int max) => T(nameof(IdeaAskDescription), ("count", max));
    public string IdeaAskTheme => T(nameof(IdeaAskTheme));
    public string IdeaAskPhoto => T(nameof(IdeaAskPhoto));

    /// <summary>Asked when changing the photo of a draft that has one.</summary>
    public string IdeaAskNewPhoto => T(nameof(IdeaAskNewPhoto));
    [Label] public string KeepPhoto => T(nameof(KeepPhoto));
    [Label] public string RemovePhoto => T(nameof(RemovePhoto));

    /// <summary>Above the question when one field of a draft is changed: what it holds now.</summary>
    public string EditCurrent(string value) => T(nameof(EditCurrent), ("value", value));
    [Label] public string KeepAsIs => T(nameof(KeepAsIs));
    public string IdeaPreviewHeader => T(nameof(IdeaPreviewHeader));
    public string IdeaPreviewPhoto => T(nameof(IdeaPreviewPhoto));
    public string IdeaPreviewQuestion => T(nameof(IdeaPreviewQuestion));
    [Label] public string IdeaSubmit => T(nameof(IdeaSubmit));
    [Label] public string Edit => T(nameof(Edit));
    public string EditWhich => T(nameof(EditWhich));
    public string FlowStepLost => T(nameof(FlowStepLost));
    [Label] public string FieldTitle => T(nameof(FieldTitle));
    [Label] public string FieldDescription => T(nameof(FieldDescription));
    [Label] public string IdeaFieldTheme => T(nameof(IdeaFieldTheme));
    [Label] public string IdeaFieldPhoto => T(nameof(IdeaFieldPhoto));

    /// <summary>Where the idea is, on Telegram (a location can be sent) and on the channels where it is typed.</summary>
    public string IdeaAskPlace => T(nameof(IdeaAskPlace));
    public string IdeaAskPlaceTyped => T(nameof(IdeaAskPlaceTyped));
    public string InputNeedsPlace => T(nameof(InputNeedsPlace));
    [Label] public string IdeaFieldPlace => T(nameof(IdeaFieldPlace));
    public string IdeaAskDistrict => T(nameof(IdeaAskDistrict));
    [Label] public string IdeaFieldDistrict => T(nameof(IdeaFieldDistrict));
    [Label] public string Back => T(nameof(Back));
    public string IdeaReceived(long number) => T(nameof(IdeaReceived), ("number", number));
    public string IdeaAlreadyReceived(long number) => T(nameof(IdeaAlreadyReceived), ("number", number));
    public string IdeaLimitReached(int limit) => T(nameof(IdeaLimitReached), ("count", limit));

    // Answers that are asked again
    public string InputEmpty => T(nameof(InputEmpty));
    public string InputTooLong(int length, int max) => T(nameof(InputTooLong), ("length", length), ("max", max));
    public string InputNeedsText => T(nameof(InputNeedsText));
    public string InputNeedsPhoto => T(nameof(InputNeedsPhoto));
    public string InputNeedsTheme => T(nameof(InputNeedsTheme));
    public string InputUseButtons => T(nameof(InputUseButtons));

    // Idea statuses
    public string StatusSubmitted => T(nameof(StatusSubmitted));
    public string StatusApproved => T(nameof(StatusApproved));
    public string StatusRejected => T(nameof(StatusRejected));
    public string StatusInProgress => T(nameof(StatusInProgress));
    public string StatusImplemented => T(nameof(StatusImplemented));

    // Moderation
    public string ModNewIdea(long number) => T(nameof(ModNewIdea), ("number", number));
    /// <summary>The author line on a coordinator's card: who (a name, or <see cref="NoName"/>), channel, language.</summary>
    public string ModAuthor(string who, string channel, string language) => T(nameof(ModAuthor), ("who", who), ("channel", channel), ("language", language));

    /// <summary>A person the platform gave no name for (Messenger), as coordinators see them.</summary>
    public string NoName(long id) => T(nameof(NoName), ("id", id));

    /// <summary>The author of an idea who asked to be forgotten.</summary>
    public string AuthorErased => T(nameof(AuthorErased));
    [Label] public string ModApprove => T(nameof(ModApprove));
    [Label] public string ModReject => T(nameof(ModReject));
    [Label] public string ModInProgress => T(nameof(ModInProgress));
    [Label] public string ModImplemented => T(nameof(ModImplemented));
    [Label] public string ModRestore => T(nameof(ModRestore));
    public string ModAskReason(long number) => T(nameof(ModAskReason), ("number", number));
    public string ModAskComment(long number) => T(nameof(ModAskComment), ("number", number));
    public string ModDone(long number, string status) => T(nameof(ModDone), ("number", number), ("status", status));
    public string ModUnchanged(long number, string status) => T(nameof(ModUnchanged), ("number", number), ("status", status));
    public string ModNotAllowed(long number, string current, string target) => T(nameof(ModNotAllowed), ("number", number), ("current", current), ("target", target));
    public string ModRestored(long number) => T(nameof(ModRestored), ("number", number));
    public string ModNothingPending => T(nameof(ModNothingPending));
    public string ModPendingCount(int count) => T(nameof(ModPendingCount), ("count", count));
    public string ModReadyForCouncil(long number, string title, int supports) => T(nameof(ModReadyForCouncil), ("number", number), ("title", title), ("count", supports));
    public string ModHiddenAfterReports(long number, string title, int reports) => T(nameof(ModHiddenAfterReports), ("number", number), ("title", title), ("count", reports));
    public string ModHiddenLabel => T(nameof(ModHiddenLabel));

    // Telling the author
    public string AuthorApproved(long number, string title) => T(nameof(AuthorApproved), ("number", number), ("title", title));
    public string AuthorRejected(long number, string title, string reason) => T(nameof(AuthorRejected), ("number", number), ("title", title), ("reason", reason));
    public string AuthorInProgress(long number, string title) => T(nameof(AuthorInProgress), ("number", number), ("title", title));
    public string AuthorImplemented(long number, string title) => T(nameof(AuthorImplemented), ("number", number), ("title", title));

    // Community
    public string IdeasEmpty => T(nameof(IdeasEmpty));
    public string IdeasPage(int page, int pages) => T(nameof(IdeasPage), ("page", page), ("pages", pages));

    // Browsing /ideas: the order, and the theme and district shown
    [Label] public string SortSupported => T(nameof(SortSupported));
    [Label] public string SortNewest => T(nameof(SortNewest));
    [Label] public string SortShuffled => T(nameof(SortShuffled));
    [Label] public string FilterTheme(string theme) => T(nameof(FilterTheme), ("theme", theme));
    [Label] public string FilterAllThemes => T(nameof(FilterAllThemes));
    [Label] public string FilterDistrict(string district) => T(nameof(FilterDistrict), ("district", district));
    [Label] public string FilterAllDistricts => T(nameof(FilterAllDistricts));
    public string IdeasWhichTheme => T(nameof(IdeasWhichTheme));
    public string IdeasWhichDistrict => T(nameof(IdeasWhichDistrict));
    public string IdeasNoneFiltered => T(nameof(IdeasNoneFiltered));
    [Label] public string Next => T(nameof(Next));
    [Label] public string SupportLabel(int count) => T(nameof(SupportLabel), ("count", count));
    [Label] public string SupportedLabel(int count) => T(nameof(SupportedLabel), ("count", count));
    [Label] public string ReportLabel => T(nameof(ReportLabel));
    public string OwnIdea => T(nameof(OwnIdea));
    public string ReportThanks(string reason) => T(nameof(ReportThanks), ("reason", reason));
    public string ReportWhy(long number, string title) => T(nameof(ReportWhy), ("number", number), ("title", title));
    [Label] public string ReportSpam => T(nameof(ReportSpam));
    [Label] public string ReportOffensive => T(nameof(ReportOffensive));
    [Label] public string ReportOffTopic => T(nameof(ReportOffTopic));
    [Label] public string ReportOther => T(nameof(ReportOther));
    [Label] public string ReportWithdraw => T(nameof(ReportWithdraw));
    public string ReportWithdrawn(long number) => T(nameof(ReportWithdrawn), ("number", number));
    public string ReportNothingToWithdraw => T(nameof(ReportNothingToWithdraw));
    public string ReportNotSent => T(nameof(ReportNotSent));

    /// <summary>The reasons under a coordinator's "hidden after reports" notice: "Reasons: spam 2 · offensive 1".</summary>
    public string ModReportReasons(string reasons) => T(nameof(ModReportReasons), ("reasons", reasons));
    public string ReportAlready => T(nameof(ReportAlready));
    public string IdeaNotAvailable => T(nameof(IdeaNotAvailable));
    public string MyIdeasEmpty => T(nameof(MyIdeasEmpty));
    public string MyIdeasHeader => T(nameof(MyIdeasHeader));
    public string ExportReady(int ideas, int events) => T(nameof(ExportReady), ("ideas", ideas), ("events", events));
    public string ExportCsvIdeas(int count) => T(nameof(ExportCsvIdeas), ("count", count));
    public string ExportCsvEvents(int count) => T(nameof(ExportCsvEvents), ("count", count));
    public string ExportEmpty => T(nameof(ExportEmpty));

    /// <summary>The spreadsheet's sheet and column names, by the keys of <see cref="Exports.ExportTables"/>.</summary>
    public IReadOnlyDictionary<string, string> ExportHeaders =>
        Exports.ExportTables.Keys.ToDictionary(column => column, column => T($"ExportHeaders.{column.Replace(':', '.')}"));

    /// <summary>How the spreadsheet shows dates and times (an Excel number format).</summary>
    public string ExportDateFormat => T(nameof(ExportDateFormat));
    public string ExportYes => T(nameof(ExportYes));
    public string ExportNo => T(nameof(ExportNo));
    public string ExportEventPublished => T(nameof(ExportEventPublished));
    public string ExportEventCancelled => T(nameof(ExportEventCancelled));

    // Events: commands and menu
    public string CmdEvents => T(nameof(CmdEvents));
    public string CmdNewEvent => T(nameof(CmdNewEvent));
    public string CmdAnnounce => T(nameof(CmdAnnounce));
    [Label] public string MenuEvents => T(nameof(MenuEvents));
    [Label] public string MenuNewEvent => T(nameof(MenuNewEvent));
    [Label] public string MenuAnnounce => T(nameof(MenuAnnounce));

    // Events: the /newevent flow
    public string EventAskTitle(int max) => T(nameof(EventAskTitle), ("count", max));
    public string EventAskStart(string zone, string example, string iso) => T(nameof(EventAskStart), ("zone", zone), ("example", example), ("iso", iso));
    public string EventAskPlace(int max) => T(nameof(EventAskPlace), ("count", max));
    public string EventAskDescription(int max) => T(nameof(EventAskDescription), ("count", max));
    public string EventAskCapacity => T(nameof(EventAskCapacity));
    [Label] public string NoLimit => T(nameof(NoLimit));
    public string EventPreviewHeader => T(nameof(EventPreviewHeader));
    public string EventPreviewQuestion => T(nameof(EventPreviewQuestion));
    public string EventSaveQuestion => T(nameof(EventSaveQuestion));
    [Label] public string EventPublish => T(nameof(EventPublish));
    [Label] public string EventSave => T(nameof(EventSave));
    [Label] public string EventFieldStart => T(nameof(EventFieldStart));
    [Label] public string EventFieldPlace => T(nameof(EventFieldPlace));
    [Label] public string EventFieldCapacity => T(nameof(EventFieldCapacity));
    public string EventPublished(long number) => T(nameof(EventPublished), ("number", number));
    public string EventSaved(long number) => T(nameof(EventSaved), ("number", number));
    public string InputBadDate(string example) => T(nameof(InputBadDate), ("example", example));

    /// <summary>A date the calendar does not have: day, month (1–12), year.</summary>
    public string InputNoSuchDate(int day, int month, int year) =>
        T(nameof(InputNoSuchDate), ("day", day), ("month", TextCatalog.Current.DateList(Language, "MonthsOf")[month - 1]), ("year", year));
    public string InputNoTime => T(nameof(InputNoTime));

    /// <summary>A title with no letter or digit in it (only emoji or punctuation).</summary>
    public string InputTitleNeedsWords => T(nameof(InputTitleNeedsWords));
    public string InputPastDate => T(nameof(InputPastDate));
    public string InputNoSuchTime => T(nameof(InputNoSuchTime));
    public string InputBadNumber(int max) => T(nameof(InputBadNumber), ("count", max));

    // Events: cards and answers
    public string EventPlaces(int count) => T(nameof(EventPlaces), ("count", count));

    /// <summary>Capacity and free places, on a card: "👥 12 places · 5 free".</summary>
    public string EventPlacesFree(int capacity, int free) => T(nameof(EventPlacesFree), ("capacity", capacity), ("free", free));

    /// <summary>A full event and its waiting line: "👥 12 places · full · 3 waiting".</summary>
    public string EventPlacesFull(int capacity, int waiting) =>
        waiting == 0 ? T(nameof(EventPlacesFull), ("capacity", capacity)) : T("EventPlacesFullWaiting", ("capacity", capacity), ("waiting", waiting));

    /// <summary>The card line of a person on the waiting list, with their place in it.</summary>
    public string RsvpOnWaitingList(int position) => T(nameof(RsvpOnWaitingList), ("count", position), (TextCatalog.Ordinal, true));

    /// <summary>The Going button of a person on the waiting list.</summary>
    [Label] public string RsvpWaitingLabel(int position) => T(nameof(RsvpWaitingLabel), ("count", position), (TextCatalog.Ordinal, true));

    [Label] public string EventWhoIsComing => T(nameof(EventWhoIsComing));
    public string AttendeesHeader(string title) => T(nameof(AttendeesHeader), ("title", title));
    public string AttendeesGoing(int count) => T(nameof(AttendeesGoing), ("count", count));
    public string AttendeesWaiting(int count) => T(nameof(AttendeesWaiting), ("count", count));
    public string AttendeesMaybe(int count) => T(nameof(AttendeesMaybe), ("count", count));
    public string AttendeesNotGoing(int count) => T(nameof(AttendeesNotGoing), ("count", count));
    public string AttendeesNone => T(nameof(AttendeesNone));
    public string EventCancelledLabel => T(nameof(EventCancelledLabel));
    [Label] public string RsvpGoing => T(nameof(RsvpGoing));
    [Label] public string RsvpMaybe => T(nameof(RsvpMaybe));
    [Label] public string RsvpNotGoing => T(nameof(RsvpNotGoing));
    [Label] public string AddToCalendar => T(nameof(AddToCalendar));
    [Label] public string OpenInBot => T(nameof(OpenInBot));
    public string RsvpSavedGoing => T(nameof(RsvpSavedGoing));
    public string RsvpSavedMaybe => T(nameof(RsvpSavedMaybe));
    public string RsvpSavedNotGoing => T(nameof(RsvpSavedNotGoing));
    public string RsvpWaitlisted(int position) => T(nameof(RsvpWaitlisted), ("position", position));
    public string RsvpPromoted(string title) => T(nameof(RsvpPromoted), ("title", title));
    public string EventOver => T(nameof(EventOver));
    public string EventNotFound => T(nameof(EventNotFound));
    public string EventsEmpty => T(nameof(EventsEmpty));
    [Label] public string EventEdit => T(nameof(EventEdit));
    [Label] public string EventCancel => T(nameof(EventCancel));
    public string EventCancelConfirm(string title) => T(nameof(EventCancelConfirm), ("title", title));
    [Label] public string EventCancelYes => T(nameof(EventCancelYes));
    [Label] public string EventCancelNo => T(nameof(EventCancelNo));
    public string EventKept(string title) => T(nameof(EventKept), ("title", title));
    public string EventCancelledDone(long number) => T(nameof(EventCancelledDone), ("number", number));
    public string EventChangedNotice => T(nameof(EventChangedNotice));

    /// <summary>Above the choice of what to change, when a coordinator edits an event.</summary>
    public string EventEditing(long number, string title) => T(nameof(EventEditing), ("number", number), ("title", title));

    /// <summary>In an edited event's preview when nothing differs from the saved event.</summary>
    public string EventNothingChanged => T(nameof(EventNothingChanged));
    public string EventChangesHeader => T(nameof(EventChangesHeader));

    /// <summary>One changed field: "• Time: Saturday, 5 December 2026, 18:00 → 19:00".</summary>
    public string EventChangeLine(string field, string before, string after) => T(nameof(EventChangeLine), ("field", field), ("before", before), ("after", after));
    public string EventDescriptionChanged => T(nameof(EventDescriptionChanged));
    public string ChangeTitle => T(nameof(ChangeTitle));
    public string ChangeTime => T(nameof(ChangeTime));
    public string ChangePlace => T(nameof(ChangePlace));
    public string ChangeDescription => T(nameof(ChangeDescription));
    public string ChangeCapacity => T(nameof(ChangeCapacity));
    public string EventCancelledNotice(string title, LocalMoment when) => T(nameof(EventCancelledNotice), ("title", title), ("when", when));
    public string Reminder(string title, string relative, string when, string place) => T(nameof(Reminder), ("title", title), ("relative", relative), ("when", when), ("place", place));
    public string CalendarFileCaption => T(nameof(CalendarFileCaption));

    // When, by the calendar in the city's time zone
    public string Today => T(nameof(Today));
    public string Tomorrow => T(nameof(Tomorrow));
    public string TodayAt(string time) => T(nameof(TodayAt), ("time", time));
    public string TomorrowAt(string time) => T(nameof(TomorrowAt), ("time", time));
    public string InDays(int days) => T(nameof(InDays), ("count", days));
    public string InHours(int hours) => T(nameof(InHours), ("count", hours));
    public string InMinutes(int minutes) => T(nameof(InMinutes), ("count", minutes));

    // Announcements and broadcasts
    public string AnnounceAskText(int max) => T(nameof(AnnounceAskText), ("count", max));
    public string AnnounceAskPhoto => T(nameof(AnnounceAskPhoto));
    public string AnnounceAskAudience => T(nameof(AnnounceAskAudience));
    [Label] public string AudienceSubscribers(int count) => T(nameof(AudienceSubscribers), ("count", count));
    [Label] public string AudienceEvent(string title, int count) => T(nameof(AudienceEvent), ("title", title), ("count", count));
    public string AnnouncePreview(string audience) => T(nameof(AnnouncePreview), ("audience", audience));
    [Label] public string AnnounceSend => T(nameof(AnnounceSend));
    public string AnnounceQueued(int count) => T(nameof(AnnounceQueued), ("count", count));

    /// <summary>Under a preview: how many on WhatsApp, outside their 24-hour window, get the city's paid template.</summary>
    public string AnnounceWindowTemplated(int count) => T(nameof(AnnounceWindowTemplated), ("count", count));

    /// <summary>Under a preview: how many, outside their chat's 24-hour window with no template for it, will not get it.</summary>
    public string AnnounceWindowSkipped(int count) => T(nameof(AnnounceWindowSkipped), ("count", count));
    public string AnnounceNobody => T(nameof(AnnounceNobody));
    public string BroadcastProgress(int sent, int total, int unreachable) => T(nameof(BroadcastProgress), ("sent", sent), ("total", total), ("unreachable", unreachable));
    public string BroadcastDone(int sent, int unreachable, int failed, int skipped) => T(nameof(BroadcastDone), ("sent", sent), ("unreachable", unreachable), ("failed", failed), ("skipped", skipped));
    public string CrossPostFailed(string target) => T(nameof(CrossPostFailed), ("target", target));
    public string CrossPostGaveUp(string target) => T(nameof(CrossPostGaveUp), ("target", target));
    public string TelegramChannelName => T(nameof(TelegramChannelName));
    public string FacebookPageName => T(nameof(FacebookPageName));

    // Privacy and abuse
    public string CmdMyData => T(nameof(CmdMyData));
    public string CmdForgetMe => T(nameof(CmdForgetMe));
    public string MyDataReady => T(nameof(MyDataReady));
    public string ForgetMeConfirm => T(nameof(ForgetMeConfirm));
    [Label] public string ForgetMeYes => T(nameof(ForgetMeYes));
    [Label] public string ForgetMeNo => T(nameof(ForgetMeNo));
    public string ForgetMeDone => T(nameof(ForgetMeDone));
    public string ForgetMeKept => T(nameof(ForgetMeKept));
    public string FloodWarning => T(nameof(FloodWarning));
    public string GroupRedirect => T(nameof(GroupRedirect));

    // Weekly digest
    public string CmdDigest => T(nameof(CmdDigest));
    [Label] public string MenuDigest => T(nameof(MenuDigest));
    public string DigestTitle(LocalMoment from, LocalMoment to) => T(nameof(DigestTitle), ("from", from), ("to", to));
    public string DigestApprovedHeader => T(nameof(DigestApprovedHeader));
    public string DigestIdeaLine(long id, string title, int supports) => T(nameof(DigestIdeaLine), ("id", id), ("title", title), ("supports", supports));
    public string DigestChangedHeader => T(nameof(DigestChangedHeader));
    public string DigestChangeLine(long id, string title, string status) => T(nameof(DigestChangeLine), ("id", id), ("title", title), ("status", status));
    public string DigestComment(string comment) => T(nameof(DigestComment), ("comment", comment));
    public string DigestEventsHeader => T(nameof(DigestEventsHeader));
    public string DigestEventLine(string title, LocalMoment when, string relative) => T(nameof(DigestEventLine), ("title", title), ("when", when), ("relative", relative));
    public string DigestFigures(int ideas, int supports, int people) => T(nameof(DigestFigures), ("ideas", ideas), ("supports", supports), ("people", people));
    [Label] public string DigestOpenIdea(long id) => T(nameof(DigestOpenIdea), ("id", id));
    [Label] public string DigestOpenEvent(string title) => T(nameof(DigestOpenEvent), ("title", title));
    public string DigestNothingNew => T(nameof(DigestNothingNew));
    public string DigestPreview(LocalMoment when) => T(nameof(DigestPreview), ("when", when));

    // Settings
    public string SettingsTitle => T(nameof(SettingsTitle));
    public string SettingsHint => T(nameof(SettingsHint));
    [Label] public string SettingAnnouncements => T(nameof(SettingAnnouncements));
    [Label] public string SettingDigest => T(nameof(SettingDigest));
    [Label] public string SettingIdeaNews => T(nameof(SettingIdeaNews));

    // Unfinished drafts
    public string DraftIdea(string title) => T(nameof(DraftIdea), ("title", title));
    public string DraftEvent(string title) => T(nameof(DraftEvent), ("title", title));
    public string DraftAnnouncement(string text) => T(nameof(DraftAnnouncement), ("text", text));
    public string DraftModerationNote(long number) => T(nameof(DraftModerationNote), ("number", number));
    public string DraftPending(string draft) => T(nameof(DraftPending), ("draft", draft));
    [Label] public string DraftContinue => T(nameof(DraftContinue));
    [Label] public string DraftStartOver => T(nameof(DraftStartOver));
    [Label] public string DraftDiscard => T(nameof(DraftDiscard));
    public string DraftDiscarded => T(nameof(DraftDiscarded));

    // Everywhere
    [Label] public string Skip => T(nameof(Skip));
    [Label] public string CancelLabel => T(nameof(CancelLabel));
    public string Cancelled => T(nameof(Cancelled));
    public string NothingToCancel => T(nameof(NothingToCancel));
    public string UnknownText => T(nameof(UnknownText));
    public string UnknownCommand(string command) => T(nameof(UnknownCommand), ("command", command));
    public string Unsupported => T(nameof(Unsupported));
    public string CoordinatorsOnly => T(nameof(CoordinatorsOnly));
    public string StaleButton => T(nameof(StaleButton));
    public string SomethingWentWrong => T(nameof(SomethingWentWrong));

    private string PrivacyText(string key, Privacy.PrivacyFacts p, Messaging.ChannelKind reader)
    {
        var version = Privacy.PrivacyFacts.VersionFor(reader);
        string ForApp(string part) => TextCatalog.Current.Render(Language, "privacy", $"{part}.{version}", []);
        return TextCatalog.Current.Render(Language, "privacy", key,
        [
            ("organisation", p.Organisation), ("controllerContact", p.ControllerContact), ("dpoContact", p.DpoContact),
            ("dpoEmail", p.DpoEmail), ("supervisoryAuthority", p.SupervisoryAuthority), ("processor", p.Processor),
            ("minimumAge", p.MinimumAge), ("retentionDays", p.RetentionDays), ("inactiveMonths", p.InactiveMonths),
            ("account", ForApp("Account")), ("phone", ForApp("Phone")), ("recipients", ForApp("Recipients")),
        ]);
    }
}
