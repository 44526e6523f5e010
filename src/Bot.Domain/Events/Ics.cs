using System.Globalization;
using System.Text;

namespace GenYCity.Bot.Domain.Events;

/// <summary>
/// Events as an iCalendar file (RFC 5545) that phones and calendar programs import or subscribe to: UTC times,
/// text escaped, lines folded at 75 octets without splitting a character, CRLF line ends. One writer for the
/// one-event file the chat sends and the calendar feed of every upcoming event.
/// </summary>
public static class Ics
{
    /// <summary>The domain of the events' UIDs ("event-12@genycity.bot") when the bot has no public address.</summary>
    public const string DefaultDomain = "genycity.bot";

    /// <summary>
    /// The domain of the events' UIDs: the host of the bot's public address (Dashboard:PublicUrl), so two cities'
    /// event 12 are two events in one calendar; <see cref="DefaultDomain"/> without one, or on this machine.
    /// </summary>
    public static string UidDomain(string? publicUrl) =>
        Uri.TryCreate(publicUrl, UriKind.Absolute, out var url) && !url.IsLoopback && url.Host.Length > 0 ? url.IdnHost : DefaultDomain;

    /// <summary>
    /// The one-event file of "Add to calendar": a published copy (METHOD:PUBLISH) stamped now, the event's status as
    /// it is, and the same UID as in the feed, so a calendar that has both shows one event.
    /// </summary>
    public static byte[] Write(CityEvent cityEvent, TimeSpan duration, DateTimeOffset now, string organisation, string uidDomain) =>
        Write(new IcsCalendar(), [new IcsEvent(cityEvent, duration, now, organisation) { UidDomain = uidDomain }]);

    /// <summary>A calendar of events: a feed names itself and says how often to fetch it again (RFC 7986).</summary>
    public static byte[] Write(IcsCalendar calendar, IEnumerable<IcsEvent> events)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(events);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//GenYCity.Bot//Events//EN",
            "CALSCALE:GREGORIAN",
        };
        if (calendar.Method is { } method)
        {
            lines.Add($"METHOD:{method}");
        }

        if (calendar.Name is { } name)
        {
            lines.Add($"NAME:{Escape(name)}");
            lines.Add($"X-WR-CALNAME:{Escape(name)}");
        }

        if (calendar.Description is { } description)
        {
            lines.Add($"DESCRIPTION:{Escape(description)}");
            lines.Add($"X-WR-CALDESC:{Escape(description)}");
        }

        if (calendar.RefreshEvery is { } refresh)
        {
            lines.Add($"REFRESH-INTERVAL;VALUE=DURATION:{Duration(refresh)}");
            lines.Add($"X-PUBLISHED-TTL:{Duration(refresh)}");
        }

        foreach (var one in events)
        {
            AddEvent(lines, one);
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void AddEvent(List<string> lines, IcsEvent one)
    {
        var cityEvent = one.Event;
        lines.Add("BEGIN:VEVENT");
        lines.Add($"UID:event-{cityEvent.Id.ToString(CultureInfo.InvariantCulture)}@{one.UidDomain}");
        lines.Add($"DTSTAMP:{Utc(one.Stamp)}");
        lines.Add($"LAST-MODIFIED:{Utc(cityEvent.UpdatedAt)}");
        lines.Add($"DTSTART:{Utc(cityEvent.StartsAt)}");
        lines.Add($"DTEND:{Utc(cityEvent.StartsAt + one.Duration)}");
        lines.Add($"SEQUENCE:{cityEvent.Version.ToString(CultureInfo.InvariantCulture)}");
        lines.Add($"SUMMARY:{Escape(cityEvent.Title)}");
        lines.Add($"LOCATION:{Escape(cityEvent.Place)}");
        lines.Add($"DESCRIPTION:{Escape(one.Note is { } note ? $"{cityEvent.Description}\n\n{note}" : cityEvent.Description)}");
        if (one.Url is { } url)
        {
            // A URI value, not text: not escaped (RFC 5545 3.3.13).
            lines.Add($"URL:{url}");
        }

        lines.Add($"ORGANIZER;CN={Quote(one.Organisation)}:mailto:noreply@genycity.bot");
        lines.Add($"STATUS:{(cityEvent.Status == EventStatus.Cancelled ? "CANCELLED" : "CONFIRMED")}");
        lines.Add("END:VEVENT");
    }

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A duration in whole minutes (RFC 5545 3.3.6), as PT60M.</summary>
    private static string Duration(TimeSpan span) =>
        $"PT{Math.Max(1, (long)Math.Ceiling(span.TotalMinutes)).ToString(CultureInfo.InvariantCulture)}M";

    /// <summary>
    /// TEXT values: backslash, semicolon and comma escaped; line breaks as \n; other control characters, which
    /// TEXT may not hold (RFC 5545 3.3.11), left out, except the tab it allows.
    /// </summary>
    private static string Escape(string value) =>
        new string(value.Where(c => !char.IsControl(c) || c is '\r' or '\n' or '\t').ToArray())
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>A parameter value in quotes, which may not itself hold a quote or control characters.</summary>
    private static string Quote(string value) =>
        "\"" + new string(value.Where(c => c != '"' && !char.IsControl(c)).ToArray()) + "\"";

    /// <summary>Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1).</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var start = true;
        var elements = StringInfo.GetTextElementEnumerator(line);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            var limit = start ? 75 : 74;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                start = false;
            }

            text.Append(element);
            octets += size;
        }

        text.Append("\r\n");
    }
}
