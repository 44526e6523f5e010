using System.Globalization;
using System.Text.RegularExpressions;

namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// Typed text read as a button's label: "skip", "Izlaist" or "⏭ izlaist" all name the button "⏭ Izlaist".
/// Emoji and marks at either end do not count, nor does letter case, nor a count the label ends with
/// ("👍 Support · 3", "Subscribers (41)"), which changes as people press, nor the number of a poll's answer
/// ("2. Lauceses park").
/// </summary>
public static partial class ButtonLabels
{
    /// <summary>
    /// The button among <paramref name="rows"/> whose label is what was typed; null when none is, when a button sends
    /// nothing back, or when two buttons that do different things read alike (two events of one name): a guess there
    /// could press the wrong one, and the person is asked to use the buttons instead.
    /// </summary>
    public static Button? Typed(IEnumerable<IReadOnlyList<Button>> rows, string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var named = rows.SelectMany(row => row).Where(b => b.Kind == ButtonKind.Callback && Same(b.Label, typed)).ToList();
        return named.Select(b => b.Payload).Distinct(StringComparer.Ordinal).Count() == 1 ? named[0] : null;
    }

    /// <summary>Whether <paramref name="typed"/> is the label, its words alike; letter case and accents do not count ("publiska telpa" is "Publiskā telpa").</summary>
    public static bool Same(string label, string typed)
    {
        var words = Words(label);
        return words.Length > 0 && CultureInfo.InvariantCulture.CompareInfo.Compare(words, Words(typed), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0;
    }

    /// <summary>The label without the emoji, marks and spaces at its ends, a count at its end or an answer's number at its start ("✅ I agree" → "I agree", "👍 Support · 3" → "Support", "2. Park" → "Park").</summary>
    public static string Words(string label) =>
        Marks(LeadingNumber().Replace(Marks(TrailingCount().Replace(label.Trim(), string.Empty)), string.Empty));

    /// <summary>The text without what is not a letter or a digit at its ends.</summary>
    private static string Marks(string text)
    {
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && !char.IsLetterOrDigit(span[start]))
        {
            start++;
        }

        var end = span.Length;
        while (end > start && !char.IsLetterOrDigit(span[end - 1]))
        {
            end--;
        }

        return span[start..end].ToString();
    }

    [GeneratedRegex(@"^[0-9]{1,2}[.)]\s+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s*(?:·\s*[0-9][0-9\s]*|\([0-9][0-9\s]*\))$")]
    private static partial Regex TrailingCount();
}
