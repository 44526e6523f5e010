namespace GenYCity.Bot.Domain.Stats;

public sealed record IdeaFigures(int Submitted, int Approved, int InProgress, int Implemented, int Rejected);
