namespace GenYCity.Bot.Domain.Digest;

/// <summary>When the digest goes out (the host reads it from the configured cron).</summary>
public interface IDigestSchedule
{
    /// <summary>The latest scheduled send at or before <paramref name="now"/>, within the last week.</summary>
    DateTimeOffset? LatestAtOrBefore(DateTimeOffset now);

    DateTimeOffset? NextAfter(DateTimeOffset now);
}
