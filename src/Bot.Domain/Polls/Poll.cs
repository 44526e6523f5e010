using System.Text.Json;
using GenYCity.Bot.Domain.Broadcasts;

namespace GenYCity.Bot.Domain.Polls;

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
