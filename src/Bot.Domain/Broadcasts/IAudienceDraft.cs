namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>A draft that is sent to an audience: everyone subscribed, or the people who answered an event.</summary>
public interface IAudienceDraft
{
    AudienceKind? Audience { get; set; }

    long? EventId { get; set; }

    string? AudienceLabel { get; set; }

    int AudienceSize { get; set; }
}
