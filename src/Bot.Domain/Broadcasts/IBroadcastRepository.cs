namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>Port to stored broadcasts, and to who their audiences are.</summary>
public interface IBroadcastRepository
{
    void Add(Broadcast broadcast);

    /// <summary>How many people an audience reaches now.</summary>
    Task<int> CountAudienceAsync(AudienceKind audience, long? eventId, CancellationToken ct, long? subjectId = null);

    /// <summary>Of an audience, those outside their chat's messaging window now, and what a message of <paramref name="templateKind"/> does for them.</summary>
    Task<WindowReach> CountOutsideWindowAsync(AudienceKind audience, long? eventId, string? templateKind, CancellationToken ct);
}
