using System.Globalization;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Texts;

/// <summary>
/// How a language writes a moment, from its <c>dates</c> translator file: the month names in the cases its
/// prepositions need, the weekdays, and one pattern per format, with and without the year. A text asks for
/// a format by name: <c>{{closes, until}}</c> is "līdz 5. decembrim plkst. 18:00" in Latvian, "до 5 декабря,
/// 18:00" in Russian, "do 5 grudnia, 18:00" in Polish.
/// </summary>
public static class Dates
{
    public const string Namespace = "dates";

    /// <summary>A point in time inside a sentence: "5. decembrī plkst. 18:00", "5 декабря в 18:00", "5 December at 18:00".</summary>
    public const string At = "at";

    /// <summary>After "until": "5. decembrim plkst. 18:00", "5 декабря, 18:00", "5 grudnia, 18:00".</summary>
    public const string Until = "until";

    /// <summary>A day on its own: "5. decembris", "5 декабря", "5 December".</summary>
    public const string Day = "day";

    /// <summary>A day inside a sentence, when something happens: "5. decembrī", "5 декабря", "5 December".</summary>
    public const string OnDay = "onDay";

    /// <summary>When an event starts, at the start of a line: "Sestdien, 5. decembrī, plkst. 18:00".</summary>
    public const string Weekday = "weekday";

    /// <summary>A short day for lists and tables: "5. dec.", "5 дек.", "5 Dec".</summary>
    public const string Brief = "short";

    /// <summary>The formats a text may name.</summary>
    public static IReadOnlyList<string> Formats { get; } = [At, Until, Day, OnDay, Weekday, Brief];

    /// <summary>The lists a dates file gives: twelve months, or seven weekdays from Monday, separated by commas.</summary>
    public static IReadOnlyList<string> Lists { get; } = ["Months", "MonthsOf", "MonthsTo", "MonthsIn", "MonthsShort", "Weekdays"];

    /// <summary>The key of a format's pattern: "Until", or "UntilYear" for a moment in another year.</summary>
    public static string PatternKey(string format, bool withYear) =>
        char.ToUpperInvariant(format[0]) + format[1..] + (withYear ? "Year" : "");

    public static string Write(LocalMoment moment, string format, LanguageInfo language, IReadOnlyDictionary<string, string> dates)
    {
        if (!Formats.Contains(format))
        {
            throw new FormatException($"No date format \"{format}\"; a text may use {string.Join(", ", Formats)}.");
        }

        var local = moment.Local;
        var key = PatternKey(format, withYear: local.Year != moment.ThisYear);
        var pattern = dates.TryGetValue(key, out var found) ? found : throw new KeyNotFoundException($"texts/{Namespace}/{language.Language.Code}.json has no \"{key}\".");
        var month = local.Month - 1;
        var weekday = ((int)local.DayOfWeek + 6) % 7;
        return I18nextJson.Render(
            pattern,
            name => name switch
            {
                "day" => local.Day.ToString(CultureInfo.InvariantCulture),
                "dd" => local.Day.ToString("00", CultureInfo.InvariantCulture),
                "mm" => local.Month.ToString("00", CultureInfo.InvariantCulture),
                "year" => local.Year.ToString(CultureInfo.InvariantCulture),
                "time" => local.ToString("HH:mm", CultureInfo.InvariantCulture),
                "weekday" => Item(dates, "Weekdays", weekday, language),
                "month" => Item(dates, "Months", month, language),
                "monthOf" => Item(dates, "MonthsOf", month, language),
                "monthTo" => Item(dates, "MonthsTo", month, language),
                "monthIn" => Item(dates, "MonthsIn", month, language),
                "mon" => Item(dates, "MonthsShort", month, language),
                _ => throw new KeyNotFoundException($"texts/{Namespace}/{language.Language.Code}.json: \"{key}\" uses {{{{{name}}}}}, which dates do not have."),
            },
            (value, _) => (string)value!,
            (nested, _) => throw new FormatException($"texts/{Namespace}/{language.Language.Code}.json: \"{key}\" nests \"{nested}\"; date patterns cannot."));
    }

    /// <summary>The arguments a date pattern may use.</summary>
    public static IReadOnlySet<string> PatternArguments { get; } =
        new HashSet<string>(["day", "dd", "mm", "year", "time", "weekday", "month", "monthOf", "monthTo", "monthIn", "mon"]);

    /// <summary>How many items a list has: twelve months or seven days.</summary>
    public static int Length(string list) => list == "Weekdays" ? 7 : 12;

    private static string Item(IReadOnlyDictionary<string, string> dates, string list, int index, LanguageInfo language)
    {
        var items = dates.TryGetValue(list, out var text) ? text.Split(',', StringSplitOptions.TrimEntries) : [];
        return items.Length == Length(list)
            ? items[index]
            : throw new FormatException($"texts/{Namespace}/{language.Language.Code}.json: \"{list}\" must list {Length(list)} names, separated by commas.");
    }
}
