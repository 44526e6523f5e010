namespace GenYCity.Bot.Domain.Comments;

/// <summary>The one step of writing a comment: its words.</summary>
public enum CommentStep
{
    Text,
}
