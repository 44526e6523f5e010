namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>
/// What a broadcast is (an announcement, a published event, the digest…): a name, stored as text. The bot's
/// first kinds are here; a new capability declares its own in its folder and edits nothing else.
/// </summary>
public readonly record struct BroadcastKind(string Name)
{
    public static readonly BroadcastKind EventPublished = new(nameof(EventPublished));
    public static readonly BroadcastKind EventChanged = new(nameof(EventChanged));
    public static readonly BroadcastKind EventCancelled = new(nameof(EventCancelled));
    public static readonly BroadcastKind Announcement = new(nameof(Announcement));
    public static readonly BroadcastKind Digest = new(nameof(Digest));
    public static readonly BroadcastKind IdeaNews = new(nameof(IdeaNews));
    public static readonly BroadcastKind Poll = new(nameof(Poll));
    public static readonly BroadcastKind PollResults = new(nameof(PollResults));

    public override string ToString() => Name;
}
