using System.Net;
using System.Text.RegularExpressions;

namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// The markup outbound texts use: plain text with &lt;b&gt; and &lt;i&gt; tags and the entities &amp;amp;,
/// &amp;lt; and &amp;gt;. It is a subset of Telegram's HTML, and strips cleanly to plain text elsewhere.
/// Anything a person typed must pass through <see cref="Escape"/> before it goes into a text.
/// </summary>
public static partial class Markup
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Bold(string escapedText) => $"<b>{escapedText}</b>";

    public static string Italic(string escapedText) => $"<i>{escapedText}</i>";

    /// <summary>The text with tags removed and entities decoded, for channels without formatting.</summary>
    public static string ToPlainText(string markup) => WebUtility.HtmlDecode(Tags().Replace(markup, string.Empty));

    [GeneratedRegex("</?[bi]>")]
    private static partial Regex Tags();
}
