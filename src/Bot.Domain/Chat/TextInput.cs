using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>Reads a typed answer: the text to keep, or null with the reason it cannot be kept.</summary>
public delegate string? InputReader(ChatContext chat, out string problem);

/// <summary>Checks a typed answer in a flow; a refusal comes with the message that says why, in the person's language.</summary>
public static partial class TextInput
{
    /// <summary>
    /// Stored text may be this many UTF-16 units per character allowed: room for emoji sequences (a family
    /// is eleven), none for one letter under three thousand combining marks.
    /// </summary>
    public const int MaxUnitsPerCharacter = 4;

    /// <summary>
    /// The cleaned, trimmed text, or null with <paramref name="problem"/> set: not text, empty (whitespace or
    /// invisible characters only), or longer than <paramref name="maxLength"/> characters as people count
    /// them (an emoji is one), or than <see cref="MaxUnitsPerCharacter"/> times that in UTF-16 units.
    /// </summary>
    public static string? Read(ChatContext chat, int maxLength, out string problem)
    {
        if (chat.Message.Kind != InboundKind.Text)
        {
            problem = chat.T.InputNeedsText;
            return null;
        }

        return Read(chat.Message.Text, chat.T, maxLength, out problem);
    }

    /// <summary>Typed text from anywhere (a dashboard form's field, say), taken as <see cref="Read(ChatContext, int, out string)"/> takes a message.</summary>
    public static string? Read(string? typed, Texts.Phrasebook t, int maxLength, out string problem)
    {
        problem = string.Empty;
        var text = Clean(typed ?? string.Empty).Trim();
        if (!text.Any(IsVisible))
        {
            problem = t.InputEmpty;
            return null;
        }

        var length = new StringInfo(text).LengthInTextElements;
        if (length > maxLength || text.Length > maxLength * MaxUnitsPerCharacter)
        {
            problem = t.InputTooLong(Math.Max(length, text.Length / MaxUnitsPerCharacter), maxLength);
            return null;
        }

        return text;
    }

    /// <summary>Any text of up to <paramref name="maxLength"/> characters, as <see cref="Read(ChatContext, int, out string)"/> takes it.</summary>
    public static InputReader Plain(int maxLength) => (ChatContext chat, out string problem) => Read(chat, maxLength, out problem);

    /// <summary>A title of up to <paramref name="maxLength"/> characters, as <see cref="ReadTitle(ChatContext, int, out string)"/> takes it.</summary>
    public static InputReader Title(int maxLength) => (ChatContext chat, out string problem) => ReadTitle(chat, maxLength, out problem);

    /// <summary>A title: as <see cref="Read(ChatContext, int, out string)"/>, and with at least one letter or digit, since "👍" or "." names nothing.</summary>
    public static string? ReadTitle(ChatContext chat, int maxLength, out string problem) =>
        Words(Read(chat, maxLength, out problem), chat.T, ref problem);

    /// <summary>A typed title from anywhere, taken as <see cref="ReadTitle(ChatContext, int, out string)"/> takes a message.</summary>
    public static string? ReadTitle(string? typed, Texts.Phrasebook t, int maxLength, out string problem) =>
        Words(Read(typed, t, maxLength, out problem), t, ref problem);

    private static string? Words(string? text, Texts.Phrasebook t, ref string problem)
    {
        if (text is not null && !text.Any(char.IsLetterOrDigit))
        {
            problem = t.InputTitleNeedsWords;
            return null;
        }

        return text;
    }

    /// <summary>
    /// The text without terminal escape sequences and control characters (NUL, BEL, ESC…), which mean
    /// nothing in a chat and break exports and terminals; line breaks stay, as "\n", and a tab becomes a space.
    /// </summary>
    public static string Clean(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var withoutEscapes = TerminalEscape().Replace(lines, string.Empty);
        var clean = new StringBuilder(withoutEscapes.Length);
        foreach (var c in withoutEscapes)
        {
            if (c is '\n')
            {
                clean.Append(c);
            }
            else if (c is '\t')
            {
                clean.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool IsVisible(char c) =>
        !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format);

    // CSI (ESC [ … final byte) and OSC (ESC ] … BEL or ESC \) sequences, and any other ESC with its next character.
    [GeneratedRegex(@"\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)?|\x1B.?|\x9B[0-?]*[ -/]*[@-~]")]
    private static partial Regex TerminalEscape();
}
