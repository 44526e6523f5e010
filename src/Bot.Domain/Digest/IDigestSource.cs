namespace GenYCity.Bot.Domain.Digest;

/// <summary>Port to the facts behind a digest.</summary>
public interface IDigestSource
{
    /// <summary>
    /// Ideas approved in the period (public ones, the <paramref name="topIdeas"/> most supported), ideas
    /// moved to In progress or Implemented in it, events starting within <paramref name="daysAhead"/> days
    /// of <paramref name="now"/>, and the period's figures.
    /// </summary>
    Task<DigestFacts> GatherAsync(DigestPeriod period, DateTimeOffset now, int topIdeas, int daysAhead, CancellationToken ct);
}
