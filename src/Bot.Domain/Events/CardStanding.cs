namespace GenYCity.Bot.Domain.Events;

/// <summary>
/// What a card shows beyond the event itself, for one viewer: the answers so far (free places for everyone,
/// every count for coordinators) and, for a person on the waiting list, their place in it.
/// </summary>
public sealed record CardStanding(RsvpCounts Counts, bool Coordinator, int? WaitingPosition);
