using GenYCity.Bot.Domain.Broadcasts;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>Who hears of new comments, folded into the day's notice of an idea: its followers, and its author.</summary>
public static class CommentNotices
{
    /// <summary>The author of one idea (<see cref="Broadcast.SubjectId"/>), who keeps idea news on.</summary>
    public static readonly AudienceKind IdeaAuthor = new(nameof(IdeaAuthor));
}
