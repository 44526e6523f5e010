namespace GenYCity.Bot.Domain.Messaging;

/// <summary>Where a photo can be sent: a platform's file id works on that platform only; an https address anywhere.</summary>
public static class Photos
{
    /// <summary>
    /// The photo as a recipient on <paramref name="to"/> can be sent it, or null: it came from
    /// <paramref name="from"/> (null: not known to be a platform's file id).
    /// </summary>
    public static string? For(string? photoRef, ChannelKind? from, ChannelKind to) =>
        photoRef is null ? null
        : from is null || from == to || photoRef.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? photoRef
        : null;
}
