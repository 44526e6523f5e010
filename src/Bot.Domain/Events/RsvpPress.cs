namespace GenYCity.Bot.Domain.Events;

/// <summary>A press of Going / Maybe / Not going on one event.</summary>
public sealed record RsvpPress(RsvpAnswer Answer, long EventId);
