namespace GenYCity.Bot.Domain.SimilarIdeas;

/// <summary>A published idea's words, as they are compared with one being written.</summary>
public sealed record IdeaText(long Id, long? AuthorId, string Title, string Description);
