namespace GenYCity.Bot.Domain.Ideas;

/// <summary>One step in an idea's life, with the coordinator's comment.</summary>
public sealed class IdeaStatusChange
{
    private IdeaStatusChange()
    {
    }

    public IdeaStatusChange(IdeaStatus status, string? comment, long? byMemberId, DateTimeOffset changedAt)
    {
        Status = status;
        Comment = comment;
        ByMemberId = byMemberId;
        ChangedAt = changedAt;
    }

    public long Id { get; private set; }

    public long IdeaId { get; private set; }

    public IdeaStatus Status { get; private set; }

    public string? Comment { get; private set; }

    public long? ByMemberId { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }
}
