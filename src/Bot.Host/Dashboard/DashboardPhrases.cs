using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// The dashboard's own words in the three languages (what the chat already says — statuses, themes, what a
/// decision did — comes from the chat's phrasebook, so both say the same). Informal, as the bot is.
/// </summary>
public sealed class DashboardPhrases(Language language) : TranslatedTexts(language, DashboardPhrases.Namespace)
{
    /// <summary>Its translator files: <c>texts/dashboard/{language}.json</c>.</summary>
    public const string Namespace = "dashboard";

    public static DashboardPhrases For(Language language) => new(language);

    public string SkipToContent => T(nameof(SkipToContent));

    public string Menu => T(nameof(Menu));

    public string Overview => T(nameof(Overview));

    public string Moderation => T(nameof(Moderation));

    public string Ideas => T(nameof(Ideas));

    public string Events => T(nameof(Events));

    public string Announce => T(nameof(Announce));

    public string Report => T(nameof(Report));

    public string Exports => T(nameof(Exports));

    public string WaitingCount(int n) => T(nameof(WaitingCount), ("n", n));

    public string SubmittedBy(string name, string channel, string language) => T(nameof(SubmittedBy), ("name", name), ("channel", channel), ("language", language));

    public string Reports(int n) => T(nameof(Reports), ("n", n));

    public string ApproveIdea(long id) => T(nameof(ApproveIdea), ("id", id));

    public string RejectReason => T(nameof(RejectReason));

    public string RejectIdea(long id) => T(nameof(RejectIdea), ("id", id));

    public string FilterIdeas => T(nameof(FilterIdeas));

    public string Status => T(nameof(Status));

    public string AllStatuses => T(nameof(AllStatuses));

    public string Theme => T(nameof(Theme));

    public string SearchWords => T(nameof(SearchWords));

    public string Show => T(nameof(Show));

    public string IdeasFound(int n) => T(nameof(IdeasFound), ("count", n));

    public string IdeaTitle => T(nameof(IdeaTitle));

    public string Supports => T(nameof(Supports));

    public string Submitted => T(nameof(Submitted));

    public string Pages => T(nameof(Pages));

    public string PageOf(int page, int pages) => T(nameof(PageOf), ("page", page), ("pages", pages));

    public string Author => T(nameof(Author));

    public string Place => T(nameof(Place));

    /// <summary>The link to the idea's point on OpenStreetMap, beside the place as typed.</summary>
    public string OnTheMap => T(nameof(OnTheMap));

    public string IdeaPhotoAlt => T(nameof(IdeaPhotoAlt));

    /// <summary>A photo the console chat named, whose file is gone.</summary>
    public string PhotoGone => T(nameof(PhotoGone));

    /// <summary>A photo on a platform's servers, linked to: the platform's name.</summary>
    public string PhotoLink(string channel) => T(nameof(PhotoLink), ("channel", channel));

    /// <summary>A photo only the platform can show (a Telegram file id): the platform's name.</summary>
    public string PhotoOnPlatform(string channel) => T(nameof(PhotoOnPlatform), ("channel", channel));

    public string ReachedCouncil => T(nameof(ReachedCouncil));

    public string CouncilAnswer => T(nameof(CouncilAnswer));

    public string History => T(nameof(History));

    public string ChangeStatus => T(nameof(ChangeStatus));

    public string NewStatus => T(nameof(NewStatus));

    /// <summary>A required choice's first option, so nothing is chosen until the coordinator chooses.</summary>
    public string ChooseOption => T(nameof(ChooseOption));

    public string Comment => T(nameof(Comment));

    public string CommentHelp => T(nameof(CommentHelp));

    public string Event => T(nameof(Event));

    public string Starts => T(nameof(Starts));

    public string Going => T(nameof(Going));

    public string Capacity => T(nameof(Capacity));

    public string Waiting => T(nameof(Waiting));

    public string Maybe => T(nameof(Maybe));

    public string NotGoing => T(nameof(NotGoing));

    public string ComingEvents => T(nameof(ComingEvents));

    public string PastEvents => T(nameof(PastEvents));

    public string NoEvents => T(nameof(NoEvents));

    public string NewEventInChat => T(nameof(NewEventInChat));

    public string EventState(CityEvent e, DateTimeOffset now) =>
        T(e.Status == EventStatus.Cancelled ? "EventCancelled" : e.StartsAt > now ? "EventUpcoming" : "EventPast");

    public string Answers => T(nameof(Answers));

    public string WhoIsComing => T(nameof(WhoIsComing));

    public string WaitingList => T(nameof(WaitingList));

    public string EditEvent => T(nameof(EditEvent));

    /// <summary>The event form's fields, named as on a form (the chat's edit buttons name them as things to change).</summary>
    public string EventTitle => T(nameof(EventTitle));

    public string EventStart => T(nameof(EventStart));

    public string EventPlace => T(nameof(EventPlace));

    public string EventDescription => T(nameof(EventDescription));

    public string EventCapacity => T(nameof(EventCapacity));

    /// <summary>Under the start: the city's time, as the chat names it ("Latvian time").</summary>
    public string CityTime(string zone) => T(nameof(CityTime), ("zone", zone));

    public string CapacityHelp => T(nameof(CapacityHelp));

    /// <summary>A capacity the form cannot take: it has no "No limit" button, the field is left empty instead.</summary>
    public string BadCapacity(int max) => T(nameof(BadCapacity), ("max", max));

    public string SaveEvent => T(nameof(SaveEvent));

    public string CancelEvent => T(nameof(CancelEvent));

    public string CancelConfirm => T(nameof(CancelConfirm));

    public string CancelNeedsConfirm => T(nameof(CancelNeedsConfirm));

    public string AnnouncementText => T(nameof(AnnouncementText));

    public string TextHelp(int max) => T(nameof(TextHelp), ("count", max));

    public string AnnouncementPhoto => T(nameof(AnnouncementPhoto));

    public string PhotoHelp => T(nameof(PhotoHelp));

    public string PhotoKept => T(nameof(PhotoKept));

    public string PhotoRefused => T(nameof(PhotoRefused));

    public string PhotoUnreadable => T(nameof(PhotoUnreadable));

    /// <summary>A photo too large in pixels: its width, height, and the most the two may add up to.</summary>
    public string PhotoTooManyPixels(int width, int height, int max) => T(nameof(PhotoTooManyPixels), ("width", width), ("height", height), ("count", max));

    /// <summary>A photo too long and narrow: its width, height, and how many times one side may be the other.</summary>
    public string PhotoTooElongated(int width, int height, int ratio) => T(nameof(PhotoTooElongated), ("width", width), ("height", height), ("ratio", ratio));

    public string Audience => T(nameof(Audience));

    public string Preview => T(nameof(Preview));

    public string GoesTo(string audience) => T(nameof(GoesTo), ("audience", audience));

    public string ChangeAnnouncement => T(nameof(ChangeAnnouncement));

    public string BroadcastTitle(long id) => T(nameof(BroadcastTitle), ("id", id));

    public string BroadcastSending => T(nameof(BroadcastSending));

    /// <summary>A broadcast whose list of recipients is still being written: nothing to count yet.</summary>
    public string BroadcastPreparing => T(nameof(BroadcastPreparing));

    public string RecentBroadcasts => T(nameof(RecentBroadcasts));

    public string NoBroadcastsYet => T(nameof(NoBroadcastsYet));

    public string BroadcastColumn => T(nameof(BroadcastColumn));

    /// <summary>A broadcast done with no one to send to.</summary>
    public string BroadcastNobody => T(nameof(BroadcastNobody));

    public string BroadcastKind => T(nameof(BroadcastKind));

    public string BroadcastStarted => T(nameof(BroadcastStarted));

    public string BroadcastFinished => T(nameof(BroadcastFinished));

    public string Recipients => T(nameof(Recipients));

    public string WhatWentOut => T(nameof(WhatWentOut));

    public string BroadcastPhoto => T(nameof(BroadcastPhoto));

    /// <summary>A broadcast's photo that was a platform's file id: the platform's name.</summary>
    public string BroadcastPhotoOnPlatform(string channel) => T(nameof(BroadcastPhotoOnPlatform), ("channel", channel));

    public string OpenPhoto => T(nameof(OpenPhoto));

    /// <summary>Who a broadcast went to, by its audience.</summary>
    public string AudienceAnnouncementSubscribers => T(nameof(AudienceAnnouncementSubscribers));

    public string AudienceDigestSubscribers => T(nameof(AudienceDigestSubscribers));

    public string AudienceEventAttendees(string title) => T(nameof(AudienceEventAttendees), ("title", title));

    public string AudienceIdeaFollowers(long id) => T(nameof(AudienceIdeaFollowers), ("id", id));

    public string AudiencePollVoters(long id) => T(nameof(AudiencePollVoters), ("id", id));

    public string AudienceOther => T(nameof(AudienceOther));

    public string BroadcastDone => T(nameof(BroadcastDone));

    public string BroadcastProgress(int done, int all) => T(nameof(BroadcastProgress), ("count", done), ("all", all));

    public string Deliveries => T(nameof(Deliveries));

    public string Queued => T(nameof(Queued));

    public string Sent => T(nameof(Sent));

    public string Unreachable => T(nameof(Unreachable));

    public string Failed => T(nameof(Failed));

    public string Skipped => T(nameof(Skipped));

    public string FailureReasons => T(nameof(FailureReasons));

    /// <summary>One reason a broadcast's messages failed: the channel, the platform's words, how many messages.</summary>
    public string FailedWith(string channel, string reason, int count) => T(nameof(FailedWith), ("channel", channel), ("reason", reason), ("count", count));

    public string OtherFailures(int count) => T(nameof(OtherFailures), ("count", count));

    public string NoReasonRecorded => T(nameof(NoReasonRecorded));

    public string RefreshesItself(int seconds) => T(nameof(RefreshesItself), ("count", seconds));

    public string NewAnnouncement => T(nameof(NewAnnouncement));

    public string ChartMembersByLanguage => T(nameof(ChartMembersByLanguage));

    public string ChartMembersByChannel => T(nameof(ChartMembersByChannel));

    public string ChartIdeasByTheme => T(nameof(ChartIdeasByTheme));

    public string ChartIdeasByStatus => T(nameof(ChartIdeasByStatus));

    public string ChartSupports => T(nameof(ChartSupports));

    public string ChartEventAnswers => T(nameof(ChartEventAnswers));

    public string ChartBroadcasts => T(nameof(ChartBroadcasts));

    public string StillQueued => T(nameof(StillQueued));

    public string Members => T(nameof(Members));

    public string Consented => T(nameof(Consented));

    public string AnnouncementSubscribers => T(nameof(AnnouncementSubscribers));

    public string DigestSubscribers => T(nameof(DigestSubscribers));

    public string Total => T(nameof(Total));

    public string MembersAndChannels => T(nameof(MembersAndChannels));

    public string ByChannel => T(nameof(ByChannel));

    public string ByLanguage => T(nameof(ByLanguage));

    public string Channel => T(nameof(Channel));

    public string LanguageColumn => T(nameof(LanguageColumn));

    public string Charts => T(nameof(Charts));

    /// <summary>The overview's first figures: their heading, read by screen readers.</summary>
    public string AtAGlance => T(nameof(AtAGlance));

    public string NewThisWeek(int count) => T(nameof(NewThisWeek), ("count", count));

    public string IdeasWaiting => T(nameof(IdeasWaiting));

    public string TookPartThisMonth => T(nameof(TookPartThisMonth));

    /// <summary>Last month's participants by the same day, and the change to this month's (+4, −2, ±0).</summary>
    public string LastMonthBySameDay(int count, string change) => T(nameof(LastMonthBySameDay), ("count", count), ("change", change));

    /// <summary>What opens a chart's folded table.</summary>
    public string ChartNumbers => T(nameof(ChartNumbers));

    public string Period => T(nameof(Period));

    public string LastWeeks(int n) => T(nameof(LastWeeks), ("count", n));

    public string ReportTitle => T(nameof(ReportTitle));

    public string From => T(nameof(From));

    public string To => T(nameof(To));

    public string ReportBadPeriod(int years) => T(nameof(ReportBadPeriod), ("count", years));

    public string DownloadCsv => T(nameof(DownloadCsv));

    public string PrintHint => T(nameof(PrintHint));

    public string ReportPeriod(string from, string to) => T(nameof(ReportPeriod), ("from", from), ("to", to));

    public string Suppression => T(nameof(Suppression));

    public string Participation => T(nameof(Participation));

    public string Participants => T(nameof(Participants));

    public string FirstTimeParticipants => T(nameof(FirstTimeParticipants));

    public string IdeasSubmitted => T(nameof(IdeasSubmitted));

    public string ParticipantsMeaning => T(nameof(ParticipantsMeaning));

    public string IdeasByThemeAndStatus => T(nameof(IdeasByThemeAndStatus));

    public string Council => T(nameof(Council));

    public string ReachedCouncilCount(string n) => T(nameof(ReachedCouncilCount), ("n", n));

    public string CouncilAnswers => T(nameof(CouncilAnswers));

    public string Awaiting => T(nameof(Awaiting));

    public string NoneInPeriod => T(nameof(NoneInPeriod));

    public string YouSaidWeDid => T(nameof(YouSaidWeDid));

    public string Cancelled => T(nameof(Cancelled));

    public string ExportWorkbook => T(nameof(ExportWorkbook));

    public string ExportIdeas => T(nameof(ExportIdeas));

    public string ExportEvents => T(nameof(ExportEvents));

    public string ExportReport => T(nameof(ExportReport));

    public string ExportsNote => T(nameof(ExportsNote));

    public string BroadcastNotFound => T(nameof(BroadcastNotFound));

    public string ChooseAudience => T(nameof(ChooseAudience));

    public string AlreadySent => T(nameof(AlreadySent));

    public string ChooseStatus => T(nameof(ChooseStatus));

    public string Number => T(nameof(Number));
}
