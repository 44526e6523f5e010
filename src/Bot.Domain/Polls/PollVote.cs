namespace GenYCity.Bot.Domain.Polls;

/// <summary>
/// One person's vote in one poll: the index of their answer, changed while the poll is open, and the native
/// poll it was cast in (none for a button), so taking a vote back in one copy of a poll leaves one cast in another.
/// </summary>
public sealed class PollVote(long pollId, long memberId, int option, DateTimeOffset votedAt, string? platformPollId = null)
{
    public long PollId { get; private set; } = pollId;

    public long MemberId { get; private set; } = memberId;

    public int Option { get; private set; } = option;

    public DateTimeOffset VotedAt { get; private set; } = votedAt;

    public string? PlatformPollId { get; private set; } = platformPollId;

    public void ChangeTo(int option, DateTimeOffset now, string? platformPollId)
    {
        Option = option;
        VotedAt = now;
        PlatformPollId = platformPollId;
    }
}
