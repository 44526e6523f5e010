namespace GenYCity.Bot.Domain.Events;

/// <summary>
/// What a calendar says of itself: nothing for a one-event file; a feed's name, description and how often to fetch
/// it again. <paramref name="Method"/> is PUBLISH for a file sent once, whose DTSTAMP is when it was made; a feed to
/// subscribe to has none, so its DTSTAMP is when each event last changed and the feed's bytes stay the same until
/// one does (RFC 5545 3.8.7.2).
/// </summary>
public sealed record IcsCalendar(string? Name = null, string? Description = null, TimeSpan? RefreshEvery = null, string? Method = "PUBLISH");
