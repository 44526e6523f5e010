namespace GenYCity.Bot.Domain.Events;

/// <summary>What a calendar says of itself: nothing for a one-event file; a feed's name, description and how often to fetch it again.</summary>
public sealed record IcsCalendar(string? Name = null, string? Description = null, TimeSpan? RefreshEvery = null);
