using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// One entry of an idea's public timeline: a status change with the coordinator's comment, the supports
/// threshold reached, the council's answer, or a progress note (with a photo, perhaps). Followers are told
/// of the entries not yet <see cref="NoticedAt"/>, folded into one message a day; /results shows them.
/// </summary>
public sealed class IdeaNews
{
    private IdeaNews()
    {
    }

    public long Id { get; private set; }

    public long IdeaId { get; private set; }

    public IdeaNewsKind Kind { get; private set; }

    /// <summary>The coordinator's words: a comment, the council's answer, a progress note.</summary>
    public string? Text { get; private set; }

    public string? PhotoRef { get; private set; }

    /// <summary>The channel the photo came from: its file id works only there.</summary>
    public ChannelKind? PhotoChannel { get; private set; }

    public CouncilDecision? Decision { get; private set; }

    public long? ByMemberId { get; private set; }

    /// <summary>The language its writer chats in, which its words are taken to be in (for Translate); null for entries written before it was kept.</summary>
    public Members.Language? Language { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>When the followers' notice that carried this entry was started; null while it waits.</summary>
    public DateTimeOffset? NoticedAt { get; private set; }

    public static IdeaNews Create(
        long ideaId, IdeaNewsKind kind, string? text, DateTimeOffset at, long? byMemberId,
        string? photoRef = null, ChannelKind? photoChannel = null, CouncilDecision? decision = null) => new()
    {
        IdeaId = ideaId,
        Kind = kind,
        Text = string.IsNullOrWhiteSpace(text) ? null : text,
        PhotoRef = photoRef,
        PhotoChannel = photoRef is null ? null : photoChannel,
        Decision = decision,
        ByMemberId = byMemberId,
        At = at,
    };

    public void Noticed(DateTimeOffset now) => NoticedAt = now;

    /// <summary>The words are in this language (the writer's).</summary>
    public IdeaNews WrittenIn(Members.Language language)
    {
        Language = language;
        return this;
    }

    /// <summary>The photo as a recipient on this channel can be sent it (a platform's file id works on that platform only).</summary>
    public string? PhotoFor(ChannelKind channel) => Photos.For(PhotoRef, PhotoChannel, channel);
}
