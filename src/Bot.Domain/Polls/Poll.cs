using System.Text.Json;
using GenYCity.Bot.Domain.Broadcasts;

namespace GenYCity.Bot.Domain.Polls;

public enum PollStatus
{
    Open,
    Closed,
}

/// <summary>
/// A quick question from the city with two to ten answers, one vote per person (changed or withdrawn while
/// it is open). It closes once, at <see cref="ClosesAt"/> or when a coordinator closes it: the closing and
/// the results to the voters are one unit of work, which the version lets only one run make.
/// </summary>
public sealed class Poll
{
    public const int MaxQuestionLength = 255;
    public const int MaxOptionLength = 100;
    public const int MinOptions = 2;
    public const int MaxOptions = 10;

    /// <summary>Latvian and Cyrillic as they are: escaped, ten answers of 100 Cyrillic letters would be 6,000 characters.</summary>
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private Poll()
    {
        Question = string.Empty;
        OptionsJson = "[]";
    }

    public long Id { get; private set; }

    public string Question { get; private set; }

    /// <summary>The answers in order, stored as a JSON array of strings.</summary>
    public string OptionsJson { get; private set; }

    public AudienceKind Audience { get; private set; }

    public long? EventId { get; private set; }

    public PollStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The coordinator who asked, told the results at closing; null once they are forgotten.</summary>
    public long? CreatedById { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<string> Options => ReadOptions(OptionsJson);

    /// <summary>The answers as stored, for a query that reads the column without the poll.</summary>
    public static IReadOnlyList<string> ReadOptions(string optionsJson) => JsonSerializer.Deserialize<List<string>>(optionsJson, JsonOptions) ?? [];

    public bool IsOpen => Status == PollStatus.Open;

    public static Poll Create(string question, IReadOnlyList<string> options, AudienceKind audience, long? eventId, DateTimeOffset closesAt, long? createdById, DateTimeOffset now) => new()
    {
        Question = question,
        OptionsJson = JsonSerializer.Serialize(options, JsonOptions),
        Audience = audience,
        EventId = eventId,
        Status = PollStatus.Open,
        CreatedAt = now,
        ClosesAt = closesAt,
        CreatedById = createdById,
    };

    /// <summary>Closes the poll; false when it was closed already (the second of two runs, say).</summary>
    public bool Close(DateTimeOffset now)
    {
        if (Status == PollStatus.Closed)
        {
            return false;
        }

        Status = PollStatus.Closed;
        ClosedAt = now;
        Version++;
        return true;
    }
}

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

/// <summary>
/// A poll as Telegram knows it: each sent native poll has its own id, which its answers carry, and is a
/// message in one chat, which is stopped when the poll closes.
/// </summary>
public sealed record PollMessage(string PlatformPollId, long PollId, DateTimeOffset SentAt)
{
    public Messaging.ChannelKind Channel { get; init; }

    public string? ChatId { get; init; }

    public string? MessageId { get; init; }

    /// <summary>Closes this copy in its chat (Telegram's stopPoll), so no app keeps offering a vote that would not count.</summary>
    public Messaging.OutboundMessage Stop() =>
        new(new Messaging.Recipient(Channel, ChatId!), string.Empty) { ReplacesMessageId = MessageId, StopsPoll = true, Lane = Messaging.DeliveryLane.Broadcast };
}

/// <summary>The votes of a poll, by answer, and by the voters' language and channel for the export.</summary>
public sealed record PollCounts(IReadOnlyList<int> ByOption, IReadOnlyList<PollCountRow> Rows)
{
    public int Total => ByOption.Sum();
}

/// <summary>How many voted for one answer from one language and channel.</summary>
public sealed record PollCountRow(int Option, Members.Language Language, Messaging.ChannelKind Channel, int Votes);

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
