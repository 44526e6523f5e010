using System.Globalization;
using Humanizer;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Events;

/// <summary>Event times as people write and read them: in the city's time zone, in their language.</summary>
public sealed class EventTime(BotOptions options)
{
    public static readonly string[] InputFormats =
        ["yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "dd.MM.yyyy HH:mm", "d.M.yyyy H:mm", "dd.MM.yyyy H:mm", "d.M.yyyy HH:mm"];

    public const string Example = "05.12.2026 18:00";

    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    public string ZoneName => options.TimeZone;

    public enum ParseProblem
    {
        None,
        Unreadable,
        DoesNotExist,
        InThePast,
    }

    /// <summary>Reads "2026-12-05 18:00" or "05.12.2026 18:00" as the city's local time.</summary>
    public ParseProblem TryParse(string text, DateTimeOffset now, out DateTimeOffset startsAt)
    {
        startsAt = default;
        if (!DateTime.TryParseExact(text.Trim(), InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            return ParseProblem.Unreadable;
        }

        // A time skipped when the clocks go forward does not exist in the city.
        if (zone.IsInvalidTime(local))
        {
            return ParseProblem.DoesNotExist;
        }

        startsAt = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        return startsAt <= now ? ParseProblem.InThePast : ParseProblem.None;
    }

    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>At the start of a line: "Sestdiena, 05.12.2026 18:00", "Суббота, 05.12.2026 18:00", "Saturday, 5 December 2026, 18:00".</summary>
    public string Format(DateTimeOffset instant, Language language)
    {
        var text = FormatInSentence(instant, language);
        return char.ToUpper(text[0], Culture(language)) + text[1..];
    }

    /// <summary>Inside a sentence, where Latvian and Russian write day names in lower case: "sestdiena, 05.12.2026 18:00".</summary>
    public string FormatInSentence(DateTimeOffset instant, Language language)
    {
        var local = Local(instant);
        if (language == Language.En)
        {
            return local.ToString("dddd, d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB"));
        }

        var text = local.ToString("dddd, dd.MM.yyyy HH:mm", Culture(language));
        return char.ToLower(text[0], Culture(language)) + text[1..];
    }

    /// <summary>The same time as it would be typed, for filling in an edit.</summary>
    public string ForInput(DateTimeOffset instant) => Local(instant).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"pēc 3 dienām", "через 3 дня", "3 days from now", through Humanizer.</summary>
    public static string Relative(DateTimeOffset instant, DateTimeOffset now, Language language)
    {
        var text = instant.UtcDateTime.Humanize(utcDate: true, dateToCompareAgainst: now.UtcDateTime, culture: Culture(language));
        return language == Language.Lv ? LatvianSingularAfterOne(text) : text;
    }

    public static CultureInfo Culture(Language language) => CultureInfo.GetCultureInfo(language switch
    {
        Language.Lv => "lv-LV",
        Language.Ru => "ru-RU",
        _ => "en-GB",
    });

    /// <summary>
    /// Latvian counts ending in 1 (but not 11) take the singular: "pēc 21 dienas", where Humanizer writes
    /// "pēc 21 dienām".
    /// </summary>
    private static string LatvianSingularAfterOne(string text)
    {
        var parts = text.Split(' ');
        if (parts.Length == 3 && parts[0] == "pēc" && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var count)
            && count % 10 == 1 && count % 100 != 11
            && Singular.TryGetValue(parts[2], out var singular))
        {
            return $"pēc {count} {singular}";
        }

        return text;
    }

    private static readonly Dictionary<string, string> Singular = new()
    {
        ["sekundēm"] = "sekundes",
        ["minūtēm"] = "minūtes",
        ["stundām"] = "stundas",
        ["dienām"] = "dienas",
        ["mēnešiem"] = "mēneša",
        ["gadiem"] = "gada",
    };
}
