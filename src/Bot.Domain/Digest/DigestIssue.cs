namespace GenYCity.Bot.Domain.Digest;

/// <summary>A digest period that was issued (sent, or found to have nothing new).</summary>
public sealed class DigestIssue
{
    private DigestIssue()
    {
        Key = string.Empty;
    }

    /// <summary>The scheduled send's date in the city, "2026-11-30": unique.</summary>
    public string Key { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public bool HadNews { get; private set; }

    public static DigestIssue Create(string key, DateTimeOffset scheduledAt, DateTimeOffset issuedAt, bool hadNews) => new()
    {
        Key = key,
        ScheduledAt = scheduledAt,
        IssuedAt = issuedAt,
        HadNews = hadNews,
    };
}
