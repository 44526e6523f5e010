namespace GenYCity.Bot.Domain.SimilarIdeas;

/// <summary>A published idea and how alike it is to the one being written (0 to 1).</summary>
public sealed record SimilarIdea(long Id, double Score);
