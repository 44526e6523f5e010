using System.Globalization;
using System.Text;

namespace GenYCity.Bot.Domain.Events;

/// <summary>
/// An event as an iCalendar file (RFC 5545) that phones and calendar programs import: UTC times, text
/// escaped, lines folded at 75 octets without splitting a character, CRLF line ends.
/// </summary>
public static class Ics
{
    public static byte[] Write(CityEvent cityEvent, TimeSpan duration, DateTimeOffset now, string organisation)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//GenYCity.Bot//Events//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:event-{cityEvent.Id.ToString(CultureInfo.InvariantCulture)}@genycity.bot",
            $"DTSTAMP:{Utc(now)}",
            $"DTSTART:{Utc(cityEvent.StartsAt)}",
            $"DTEND:{Utc(cityEvent.StartsAt + duration)}",
            $"SEQUENCE:{cityEvent.Version.ToString(CultureInfo.InvariantCulture)}",
            $"SUMMARY:{Escape(cityEvent.Title)}",
            $"LOCATION:{Escape(cityEvent.Place)}",
            $"DESCRIPTION:{Escape(cityEvent.Description)}",
            $"ORGANIZER;CN={Quote(organisation)}:mailto:noreply@genycity.bot",
            $"STATUS:{(cityEvent.Status == EventStatus.Cancelled ? "CANCELLED" : "CONFIRMED")}",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT values: backslash, semicolon and comma escaped; line breaks as \n.</summary>
    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
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
