namespace GenYCity.Bot.Domain.Broadcasts;

public enum BroadcastKind
{
    EventPublished,
    EventChanged,
    EventCancelled,
    Announcement,
    Digest,
    IdeaNews,
    Poll,
    PollResults,
}
