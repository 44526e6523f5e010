using System.Globalization;
using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Events;

/// <summary>Event times as people write and read them: in the city's time zone, in their language.</summary>
public sealed partial class EventTime(BotOptions options, TimeProvider? clock = null)
{
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

    /// <summary>Why a typed date and time cannot be taken, in the person's words; null when it can.</summary>
    public string? Refusal(Reading reading, Texts.Phrasebook t, DateTimeOffset now) => reading.Problem switch
    {
        ParseProblem.Unreadable => t.InputBadDate(Example(now).Local),
        ParseProblem.NoSuchDate => t.InputNoSuchDate(reading.Day, reading.Month, reading.Year),
        ParseProblem.NoTime => t.InputNoTime,
        ParseProblem.DoesNotExist => t.InputNoSuchTime,
        ParseProblem.InThePast => t.InputPastDate,
        _ => null,
    };

    public enum ParseProblem
    {
        None,
        Unreadable,
        /// <summary>A time the clocks skip that night.</summary>
        DoesNotExist,
        InThePast,
        /// <summary>A day the calendar does not have (31 February); <see cref="Reading.Day"/> and the rest say which.</summary>
        NoSuchDate,
        /// <summary>A date with no time of day.</summary>
        NoTime,
    }

    /// <summary>What was read: the instant, or the problem and (for <see cref="ParseProblem.NoSuchDate"/>) the date as typed.</summary>
    public readonly record struct Reading(ParseProblem Problem, DateTimeOffset StartsAt, int Day = 0, int Month = 0, int Year = 0);

    /// <summary>
    /// Reads a date and time as people in the city type them, as the city's local time: "05.12.2026 18:00",
    /// "5.12.2026 18.00", "5/12/2026 18:00", "2026-12-05 18:00", "2026-12-05T18:00", and without a year,
    /// "05.12 18:00" (this year, or next year once that day has gone by).
    /// </summary>
    public Reading Read(string text, DateTimeOffset now)
    {
        var match = DateAndTime().Match(text.Trim());
        if (!match.Success)
        {
            return new(ParseProblem.Unreadable, default);
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var today = Local(now).Date;
        var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : today.Year;
        year = year < 100 ? 2000 + year : year;
        if (month is < 1 or > 12 || day is < 1 or > 31 || year is < 2000 or > 9999)
        {
            return new(ParseProblem.Unreadable, default);
        }

        if (!match.Groups["y"].Success && (month < today.Month || (month == today.Month && day < today.Day)))
        {
            // "05.01" in December means next January.
            year++;
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            return new(ParseProblem.NoSuchDate, default, day, month, year);
        }

        if (!match.Groups["h"].Success)
        {
            return new(ParseProblem.NoTime, default);
        }

        var (hour, minute) = (int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture));
        if (hour > 23 || minute > 59)
        {
            return new(ParseProblem.Unreadable, default);
        }

        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);

        // A time skipped when the clocks go forward does not exist in the city.
        if (zone.IsInvalidTime(local))
        {
            return new(ParseProblem.DoesNotExist, default);
        }

        var startsAt = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        return new(startsAt <= now ? ParseProblem.InThePast : ParseProblem.None, startsAt);
    }

    /// <summary>Reads a date and time (see <see cref="Read"/>); the problem, if any, is returned.</summary>
    public ParseProblem TryParse(string text, DateTimeOffset now, out DateTimeOffset startsAt)
    {
        var reading = Read(text, now);
        startsAt = reading.StartsAt;
        return reading.Problem;
    }

    // A day first (d.m., d.m.yy, d.m.yyyy, d/m/yyyy) or ISO (yyyy-mm-dd); then, after a space, a comma or
    // "T", an optional time (18:00, 18.00, 18:00:00).
    [GeneratedRegex(
        @"^(?:(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})|(?<d>[0-9]{1,2})[./](?<m>[0-9]{1,2})(?:[./](?<y>[0-9]{4}|[0-9]{2}))?\.?)(?:(?:\s*,\s*|\s+|T)(?<h>[0-9]{1,2})[:.](?<min>[0-9]{2})(?::[0-9]{2})?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateAndTime();

    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>
    /// The same wall-clock time so many of the city's days later, whatever the clocks did in between; where
    /// that time is skipped (the clocks going forward), the first minute after the gap.
    /// </summary>
    public DateTimeOffset AddLocalDays(DateTimeOffset instant, int days)
    {
        var local = Local(instant).AddDays(days);
        if (zone.IsInvalidTime(local))
        {
            local = new DateTime(local.Ticks - (local.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Unspecified);
            while (zone.IsInvalidTime(local))
            {
                local = local.AddMinutes(1);
            }
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The instant a day begins in the city (where the clocks skip midnight, the first hour that exists).</summary>
    public DateTimeOffset StartOf(DateTime localDay)
    {
        var start = localDay.Date;
        while (zone.IsInvalidTime(start))
        {
            start = start.AddHours(1);
        }

        return new DateTimeOffset(start, zone.GetUtcOffset(start)).ToUniversalTime();
    }

    /// <summary>At the start of a line: "Sestdien, 5. decembrī, plkst. 18:00", "Суббота, 5 декабря, 18:00", "Saturday, 5 December, 18:00".</summary>
    public string Format(DateTimeOffset instant, Language language)
    {
        var text = FormatInSentence(instant, language);
        return char.ToUpper(text[0], Culture(language)) + text[1..];
    }

    /// <summary>Inside a sentence, where Latvian and Russian write day names in lower case: "sestdien, 5. decembrī, plkst. 18:00".</summary>
    public string FormatInSentence(DateTimeOffset instant, Language language) => Write(instant, language, Texts.Dates.Weekday);

    /// <summary>A moment in one of the languages' date formats (<see cref="Texts.Dates"/>), the year only when it is not this year.</summary>
    public string Write(DateTimeOffset instant, Language language, string format) => Texts.TextCatalog.Current.Date(language, Moment(instant), format);

    /// <summary>A moment as the city's clock shows it, for a text to write in the case its sentence needs.</summary>
    public Texts.LocalMoment Moment(DateTimeOffset instant) => new(Local(instant), Local((clock ?? TimeProvider.System).GetUtcNow()).Year);

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

    public static CultureInfo Culture(Language language) => language.Info().CultureInfo;
}
