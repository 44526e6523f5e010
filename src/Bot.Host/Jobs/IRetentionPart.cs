using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Jobs;

/// <summary>One feature's rows kept only for a while, purged by the retention job after the retention period.</summary>
public interface IRetentionPart
{
    /// <summary>What is purged, for the job's log line ("closed polls' copies").</summary>
    string What { get; }

    /// <summary>Deletes what is older than <paramref name="cutoff"/>; the number of rows deleted.</summary>
    Task<int> PurgeAsync(BotDbContext db, DateTimeOffset cutoff, CancellationToken ct);
}
