using System.Globalization;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Events;

/// <summary>Event times as people write and read them: in the city's time zone, in their language.</summary>
public sealed class EventTime(BotOptions options)
{
    public static readonly string[] InputFormats =
        ["yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "dd.MM.yyyy HH:mm", "d.M.yyyy H:mm", "dd.MM.yyyy H:mm", "d.M.yyyy HH:mm"];

    /// <summary>
    /// A date to show as an example of what to type: the Saturday at 18:00 at least two days ahead in the
    /// city, so copying it never gives "that time has passed". As typed in Latvia ("05.12.2026 18:00") and
    /// in ISO order ("2026-12-05 18:00").
    /// </summary>
    public (string Local, string Iso) Example(DateTimeOffset now)
    {
        var day = Local(now).Date.AddDays(2);
        day = day.AddDays(((int)DayOfWeek.Saturday - (int)day.DayOfWeek + 7) % 7).AddHours(18);
        return (day.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture), day.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
    }

    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    /// <summary>What people call the city's time ("Latvian time"), from Bot:LocalTime.</summary>
    public string LocalTimeName(Language language) => options.LocalTime.For(language);

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

    /// <summary>
    /// When something starts, by the calendar in the city: "today" (or "in 2 hours" when it is that close),
    /// "tomorrow", "in 3 days". Elapsed hours alone would call an event at 00:10 the day after tomorrow
    /// "tomorrow"; calendar days do not.
    /// </summary>
    public string Relative(DateTimeOffset instant, DateTimeOffset now, Language language) => Describe(instant, now, language, withTime: false);

    /// <summary>The same with the time of day where it helps, as reminders say it: "today at 18:00", "tomorrow at 18:00".</summary>
    public string RelativeWithTime(DateTimeOffset instant, DateTimeOffset now, Language language) => Describe(instant, now, language, withTime: true);

    /// <summary>Under this, the time reads "in 2 hours" rather than "today".</summary>
    public static readonly TimeSpan SoonWithin = TimeSpan.FromHours(3);

    private string Describe(DateTimeOffset instant, DateTimeOffset now, Language language, bool withTime)
    {
        var t = Texts.Phrasebook.For(language);
        var days = (Local(instant).Date - Local(now).Date).Days;
        var ahead = instant - now;
        if (ahead < SoonWithin)
        {
            // Close by, hours say more than the calendar (at 23:50, an event at 00:10 is "in 20 minutes"),
            // and real elapsed time counts a night when the clocks change as it really is.
            var minutes = Math.Max(1, (int)Math.Round(ahead.TotalMinutes, MidpointRounding.AwayFromZero));
            return minutes < 60 ? t.InMinutes(minutes) : t.InHours((int)Math.Round(ahead.TotalHours, MidpointRounding.AwayFromZero));
        }

        var clock = Local(instant).ToString("HH:mm", CultureInfo.InvariantCulture);
        return days switch
        {
            <= 0 => withTime ? t.TodayAt(clock) : t.Today,
            1 => withTime ? t.TomorrowAt(clock) : t.Tomorrow,
            _ => t.InDays(days),
        };
    }

    public static CultureInfo Culture(Language language) => CultureInfo.GetCultureInfo(language switch
    {
        Language.Lv => "lv-LV",
        Language.Ru => "ru-RU",
        _ => "en-GB",
    });
}
