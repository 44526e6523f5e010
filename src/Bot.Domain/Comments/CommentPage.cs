namespace GenYCity.Bot.Domain.Comments;

/// <summary>A page of a thread: comments on the idea with their replies, the page's number and how many pages and comments on the idea there are.</summary>
public sealed record CommentPage(IReadOnlyList<CommentPage.Entry> Entries, int Number, int Count, int Total)
{
    public sealed record Entry(Comment Comment, IReadOnlyList<Comment> Replies);
}
