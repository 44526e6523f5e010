using System.Globalization;
using System.Text;

namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// Button labels within the tightest channel's limit: Messenger cuts quick-reply and button titles at
/// 20 characters (counted here in UTF-16 units, as its API does, so an emoji counts two).
/// </summary>
public static class ButtonLabel
{
    public const int MaxLength = 20;

    private const string Ellipsis = "…";

    /// <summary>
    /// The text as it is when it fits; otherwise cut at the last word boundary that leaves room for "…"
    /// (or, for one long word, after the last whole letter), never inside an emoji or between a letter
    /// and its accent.
    /// </summary>
    public static string Fit(string text, int maxLength = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        text = text.Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var room = maxLength - Ellipsis.Length;
        var kept = new StringBuilder();
        var lastSpace = -1;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var isSpace = element.Length == 1 && char.IsWhiteSpace(element[0]);
            if (isSpace)
            {
                lastSpace = kept.Length;
            }

            if (kept.Length + element.Length > room)
            {
                break;
            }

            kept.Append(element);
        }

        // A word boundary is worth losing a few letters for, not most of the label.
        var cut = lastSpace >= room / 2 ? kept.ToString(0, lastSpace) : kept.ToString();
        return cut.TrimEnd().TrimEnd(',', ';', ':', '-', '–', '—', '.', '·').TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// A label made by <paramref name="format"/> around user text (an event title, say): the text is
    /// shortened so the whole label fits, and what the format adds (an emoji, a count) is kept whole.
    /// </summary>
    public static string Fit(Func<string, string> format, string text, int maxLength = MaxLength)
    {
        var around = format(string.Empty).Length;
        return format(Fit(text, Math.Max(2, maxLength - around)));
    }
}
