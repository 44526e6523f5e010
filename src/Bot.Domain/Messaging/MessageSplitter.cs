using System.Text.RegularExpressions;

namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// Splits a markup text that is too long for one message into pieces a channel accepts: at a paragraph,
/// else a line, else a space, never inside a tag, an entity or a surrogate pair; tags open at a cut
/// are closed at the end of one piece and opened again at the start of the next.
/// </summary>
public static partial class MessageSplitter
{
    // Room for closing and reopening <b><i> around a cut.
    private const int TagReserve = 16;

    public static IReadOnlyList<string> Split(string markup, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 64);
        if (markup.Length <= limit)
        {
            return [markup];
        }

        var pieces = new List<string>();
        var reopen = string.Empty;
        var rest = markup;
        while (reopen.Length + rest.Length > limit)
        {
            var room = limit - reopen.Length - TagReserve;
            var cut = CutPoint(rest, room);
            var piece = reopen + rest[..cut].TrimEnd();
            var open = OpenTags(piece);
            pieces.Add(piece + string.Concat(Enumerable.Reverse(open).Select(t => $"</{t}>")));
            reopen = string.Concat(open.Select(t => $"<{t}>"));
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(reopen + rest);
        }

        return pieces;
    }

    private static int CutPoint(string text, int room)
    {
        var window = text[..room];
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = window.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > room / 2)
            {
                return at;
            }
        }

        // No good boundary: cut hard, but not inside a tag, an entity or a surrogate pair.
        var cut = room;
        var tagStart = window.LastIndexOf('<');
        if (tagStart > window.LastIndexOf('>'))
        {
            cut = tagStart;
        }

        var entityStart = window.LastIndexOf('&');
        if (entityStart >= 0 && window.IndexOf(';', entityStart) < 0 && entityStart > room - 8)
        {
            cut = Math.Min(cut, entityStart);
        }

        return char.IsLowSurrogate(text[cut]) ? cut - 1 : cut;
    }

    private static List<string> OpenTags(string piece)
    {
        var open = new List<string>();
        foreach (Match tag in Tag().Matches(piece))
        {
            if (tag.Groups[1].Value == "/")
            {
                open.Remove(tag.Groups[2].Value);
            }
            else
            {
                open.Add(tag.Groups[2].Value);
            }
        }

        return open;
    }

    [GeneratedRegex("<(/?)(b|i)>")]
    private static partial Regex Tag();
}
