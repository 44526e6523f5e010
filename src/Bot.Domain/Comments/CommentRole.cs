namespace GenYCity.Bot.Domain.Comments;

/// <summary>In what capacity a comment was written: the thread marks the idea's author and the city's coordinators.</summary>
public enum CommentRole
{
    Resident,
    IdeaAuthor,
    Coordinator,
}
