using GenYCity.Bot.Domain.Conversations;

namespace GenYCity.Bot.Domain.Broadcasts;

public sealed class AnnounceDraft : FlowDraft, IAudienceDraft
{
    public string? Text { get; set; }

    public string? PhotoRef { get; set; }

    public AudienceKind? Audience { get; set; }

    public long? EventId { get; set; }

    public string? AudienceLabel { get; set; }

    public int AudienceSize { get; set; }
}
