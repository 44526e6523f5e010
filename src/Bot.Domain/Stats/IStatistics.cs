namespace GenYCity.Bot.Domain.Stats;

/// <summary>Port to the counts behind /stats.</summary>
public interface IStatistics
{
    Task<Figures> GatherAsync(DateTimeOffset now, int recentBroadcasts, CancellationToken ct);
}
