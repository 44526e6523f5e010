using GenYCity.Bot.Domain.Events;

namespace GenYCity.Bot.Host.Feeds;

/// <summary>
/// The events as a calendar to subscribe to, through the chat's own writer (<see cref="Ics"/>): each with a link that
/// opens it in the bot, where people say whether they come, and a cancelled one marked so (with its SEQUENCE, the
/// event's Version, counted up by the cancellation). Without METHOD, each event is stamped with when it last
/// changed, so a calendar sees a change as one and the feed's bytes (and ETag) stay the same until something changes.
/// </summary>
internal static class EventsCalendar
{
    /// <summary>Calendars are asked to fetch it again at most hourly: events change seldom, and more would only load the bot.</summary>
    public static readonly TimeSpan MinRefresh = TimeSpan.FromHours(1);

    public static byte[] Write(FeedContext c, IReadOnlyList<CityEvent> events, TimeSpan duration)
    {
        var refresh = c.Options.CacheFor > MinRefresh ? c.Options.CacheFor : MinRefresh;
        var calendar = new IcsCalendar(c.T.CalendarName(c.Organisation), c.T.CalendarDescription, refresh, Method: null);
        return Ics.Write(calendar, events.Select(e =>
        {
            var link = c.StartLink(EventCards.StartParameter(e.Id));
            // A cancelled event is not one to answer.
            var note = link is null || e.Status == EventStatus.Cancelled ? null : c.T.AnswerInBot(link);
            return new IcsEvent(e, duration, e.UpdatedAt, c.Organisation) { Url = link, Note = note, UidDomain = c.UidDomain };
        }));
    }
}
