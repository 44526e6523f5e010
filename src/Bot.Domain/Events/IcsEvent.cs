namespace GenYCity.Bot.Domain.Events;

/// <summary>
/// One event as a calendar gets it: how long it lasts, its DTSTAMP (when a file sent once was made; in a feed, when
/// the event last changed), who organises it, the domain of its UID (<see cref="Ics.UidDomain"/>), and for a feed a
/// link to open it in the bot and a line added to its description.
/// </summary>
public sealed record IcsEvent(CityEvent Event, TimeSpan Duration, DateTimeOffset Stamp, string Organisation)
{
    public string? Url { get; init; }

    public string? Note { get; init; }

    public string UidDomain { get; init; } = Ics.DefaultDomain;
}
