using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Conversations;

namespace GenYCity.Bot.Domain.Polls;

public sealed class PollDraft : FlowDraft, IAudienceDraft
{
    public string? Question { get; set; }

    public List<string>? Options { get; set; }

    public AudienceKind? Audience { get; set; }

    public long? EventId { get; set; }

    public string? AudienceLabel { get; set; }

    public int AudienceSize { get; set; }

    public DateTimeOffset? ClosesAt { get; set; }
}
