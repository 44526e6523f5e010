namespace GenYCity.Bot.Domain.Events;

/// <summary>
/// One event as a calendar gets it: how long it lasts, when this copy was made (DTSTAMP), who organises it, and for
/// a feed a link to open it in the bot and a line added to its description.
/// </summary>
public sealed record IcsEvent(CityEvent Event, TimeSpan Duration, DateTimeOffset Stamp, string Organisation)
{
    public string? Url { get; init; }

    public string? Note { get; init; }

    public string UidDomain { get; init; } = Ics.DefaultDomain;
}
