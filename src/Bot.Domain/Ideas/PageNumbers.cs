namespace GenYCity.Bot.Domain.Ideas;

/// <summary>Page numbers as people and buttons give them.</summary>
public static class PageNumbers
{
    /// <summary>The page a command's argument asks for ("/ideas 2"); anything else, the first.</summary>
    public static int Asked(string argument) =>
        int.TryParse(argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var asked) ? Math.Max(asked, 1) : 1;

    /// <summary>A page number in a button's payload: digits only, positive, an int.</summary>
    public static int? FromPayload(string text) => Chat.ButtonParts.TryId(text, out var page) && page <= int.MaxValue ? (int)page : null;
}
