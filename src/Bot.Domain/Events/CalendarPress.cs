namespace GenYCity.Bot.Domain.Events;

/// <summary>A press of Add to calendar on one event.</summary>
public sealed record CalendarPress(long EventId);
