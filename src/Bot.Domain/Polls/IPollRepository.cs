namespace GenYCity.Bot.Domain.Polls;

/// <summary>Port to polls and their votes; changes are saved with the unit of work.</summary>
public interface IPollRepository
{
    /// <summary>Adds the poll and gives it its number, inside the current unit of work.</summary>
    Task AddAsync(Poll poll, CancellationToken ct);

    Task<Poll?> FindAsync(long id, CancellationToken ct);

    /// <summary>
    /// The poll a native Telegram poll stands for: by the id recorded when its send was recorded, or, in the
    /// moment between Telegram's answer to the send and that record, or for a second copy of a send that timed
    /// out, by the one open poll sent or being sent to the voter's chat.
    /// </summary>
    Task<Poll?> FindByPlatformIdAsync(string platformPollId, Messaging.Recipient voter, CancellationToken ct);

    Task<PollVote?> FindVoteAsync(long pollId, long memberId, CancellationToken ct);

    /// <summary>Whether the poll went, or is going, to this chat (a copy written for it, not skipped).</summary>
    Task<bool> WasSentToAsync(long pollId, Messaging.Recipient to, CancellationToken ct);

    void AddVote(PollVote vote);

    void RemoveVote(PollVote vote);

    Task<PollCounts> CountAsync(Poll poll, CancellationToken ct);

    /// <summary>Open polls, the soonest to close first, then the latest closed ones.</summary>
    Task<IReadOnlyList<Poll>> ListRecentAsync(int closedToo, CancellationToken ct);

    /// <summary>Where the poll went as a native poll: each copy's chat and message, to stop at the closing.</summary>
    Task<IReadOnlyList<PollMessage>> ListSentAsync(long pollId, CancellationToken ct);

    /// <summary>
    /// At the closing, the copies still waiting to go are not sent (a poll that arrives closed would take votes
    /// that do not count); how many. A copy already on its way is stopped when its send is recorded.
    /// </summary>
    Task<int> WithdrawUnsentAsync(long pollId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Open polls whose closing time has come.</summary>
    Task<IReadOnlyList<Poll>> ListDueAsync(DateTimeOffset now, CancellationToken ct);
}
