using GenYCity.Bot.Domain.Events;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// The upcoming events as a calendar to subscribe to, through the chat's own writer (<see cref="Ics"/>): each with a
/// link that opens it in the bot, where people say whether they come. Stamped with when each was last changed, so a
/// calendar sees a change as one.
/// </summary>
internal static class EventsCalendar
{
    /// <summary>Calendars are asked to fetch it again at most hourly: events change seldom, and more would only load the bot.</summary>
    public static readonly TimeSpan MinRefresh = TimeSpan.FromHours(1);

    public static byte[] Write(FeedContext c, IReadOnlyList<CityEvent> events, TimeSpan duration)
    {
        var refresh = c.Options.CacheFor > MinRefresh ? c.Options.CacheFor : MinRefresh;
        var calendar = new IcsCalendar(c.T.CalendarName(c.Organisation), c.T.CalendarDescription, refresh);
        return Ics.Write(calendar, events.Select(e =>
        {
            var link = c.StartLink(EventCards.StartParameter(e.Id));
            return new IcsEvent(e, duration, e.UpdatedAt, c.Organisation) { Url = link, Note = link is null ? null : c.T.AnswerInBot(link) };
        }));
    }
}
