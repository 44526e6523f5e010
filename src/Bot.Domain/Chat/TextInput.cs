using System.Globalization;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>Checks a typed answer in a flow; a refusal comes with the message that says why, in the person's language.</summary>
public static class TextInput
{
    /// <summary>
    /// The trimmed text, or null with <paramref name="problem"/> set: not text, empty (whitespace or
    /// invisible characters only), or longer than <paramref name="maxLength"/> characters as people count
    /// them (an emoji is one).
    /// </summary>
    public static string? Read(ChatContext chat, int maxLength, out string problem)
    {
        problem = string.Empty;
        if (chat.Message.Kind != InboundKind.Text)
        {
            problem = chat.T.InputNeedsText;
            return null;
        }

        var text = (chat.Message.Text ?? string.Empty).Trim();
        if (!text.Any(IsVisible))
        {
            problem = chat.T.InputEmpty;
            return null;
        }

        var length = new StringInfo(text).LengthInTextElements;
        if (length > maxLength)
        {
            problem = chat.T.InputTooLong(length, maxLength);
            return null;
        }

        return text;
    }

    private static bool IsVisible(char c) =>
        !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format);
}
