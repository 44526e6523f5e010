namespace GenYCity.Bot.Domain.Messaging;

/// <summary>Reads "/name argument" (and Telegram's "/name@BotName argument") out of a text.</summary>
public static class CommandText
{
    public static bool TryParse(string? text, out string name, out string argument)
    {
        name = string.Empty;
        argument = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsAsciiLetter(trimmed[1]))
        {
            return false;
        }

        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        var head = space < 0 ? trimmed[1..] : trimmed[1..space];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        name = (at < 0 ? head : head[..at]).ToLowerInvariant();
        argument = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return true;
    }
}
