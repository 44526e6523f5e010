namespace GenYCity.Bot.Domain.Events;

/// <summary>How many answered what.</summary>
public sealed record RsvpCounts(int Going, int Maybe, int NotGoing, int Waitlisted);
