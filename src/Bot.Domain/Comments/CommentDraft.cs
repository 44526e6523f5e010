using GenYCity.Bot.Domain.Conversations;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>A comment being written: on which idea, in reply to which comment (if any).</summary>
public sealed class CommentDraft : FlowDraft
{
    public long IdeaId { get; set; }

    public long? ParentId { get; set; }
}
