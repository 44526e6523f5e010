namespace GenYCity.Bot.Domain.Digest;

/// <summary>The week in numbers: ideas submitted, supports given, and the people who did either or answered an event.</summary>
public sealed record DigestFigures(int NewIdeas, int Supports, int People);
