using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>Coordinators hide a comment or show it again, in chat and on the dashboard alike; the idea's count follows.</summary>
public sealed class CommentModeration(ICommentRepository comments, IIdeaRepository ideas)
{
    public enum Outcome
    {
        Done,
        Already,
        Missing,
    }

    public async Task<Outcome> HideAsync(long commentId, CancellationToken ct)
    {
        if (await comments.FindAsync(commentId, ct) is not { IsDeleted: false } comment)
        {
            return Outcome.Missing;
        }

        var wasVisible = comment.IsVisible;
        if (!comment.Hide())
        {
            return Outcome.Already;
        }

        if (wasVisible && await ideas.FindAsync(comment.IdeaId, ct) is { } idea)
        {
            idea.CommentsChanged(-1);
        }

        return Outcome.Done;
    }

    public async Task<Outcome> RestoreAsync(long commentId, CancellationToken ct)
    {
        if (await comments.FindAsync(commentId, ct) is not { IsDeleted: false } comment)
        {
            return Outcome.Missing;
        }

        if (!comment.Restore())
        {
            return Outcome.Already;
        }

        await comments.ClearReportsAsync(comment.Id, ct);
        if (await ideas.FindAsync(comment.IdeaId, ct) is { } idea)
        {
            idea.CommentsChanged(+1);
        }

        return Outcome.Done;
    }
}
