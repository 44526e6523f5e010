namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>Who a broadcast goes to.</summary>
public enum AudienceKind
{
    /// <summary>Everyone who consented and keeps announcements on.</summary>
    AnnouncementSubscribers,

    /// <summary>Everyone who answered Going or Maybe to one event.</summary>
    EventAttendees,

    /// <summary>Everyone who consented and keeps the weekly digest on.</summary>
    DigestSubscribers,

    /// <summary>Everyone following one idea (<see cref="Broadcast.SubjectId"/>) who keeps idea news on.</summary>
    IdeaFollowers,

    /// <summary>Everyone who voted in one poll (<see cref="Broadcast.SubjectId"/>).</summary>
    PollVoters,
}
