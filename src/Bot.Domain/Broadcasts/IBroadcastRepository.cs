namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>Port to stored broadcasts, and to who their audiences are.</summary>
public interface IBroadcastRepository
{
    void Add(Broadcast broadcast);

    /// <summary>How many people an audience reaches now.</summary>
    Task<int> CountAudienceAsync(AudienceKind audience, long? eventId, CancellationToken ct, long? subjectId = null);
}
