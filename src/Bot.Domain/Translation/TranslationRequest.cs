using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Translation;

/// <summary>
/// A Translate press that waits for the service: what to translate (an idea, or a page of its thread), for whom
/// and where the answer goes. The translation worker takes it outside any update, so a slow service holds up
/// nothing else; one per person and thing.
/// </summary>
public sealed class TranslationRequest
{
    private TranslationRequest()
    {
        What = string.Empty;
        ChatId = string.Empty;
    }

    public long Id { get; private set; }

    /// <summary>An idea (<see cref="TranslateButtons.Idea"/>) or a page of its thread (<see cref="TranslateButtons.Thread"/>).</summary>
    public string What { get; private set; }

    public long IdeaId { get; private set; }

    public int Page { get; private set; }

    public long MemberId { get; private set; }

    public Language Target { get; private set; }

    public ChannelKind Channel { get; private set; }

    public string ChatId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>When a worker took it; a request taken long ago and not done is taken again.</summary>
    public DateTimeOffset? TakenAt { get; private set; }

    public Recipient ReplyTo => new(Channel, ChatId);

    public static TranslationRequest For(string what, long ideaId, int page, Member member, Recipient replyTo, DateTimeOffset now) => new()
    {
        What = what,
        IdeaId = ideaId,
        Page = page,
        MemberId = member.Id,
        Target = member.Language,
        Channel = replyTo.Channel,
        ChatId = replyTo.ChatId,
        RequestedAt = now,
    };
}
