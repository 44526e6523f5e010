using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GenYCity.Bot.Domain.Privacy;

/// <summary>
/// Everything stored about one person, as /mydata sends it: one section per kind of record, each added by
/// the feature that keeps it (their account, what they sent: ideas, supports, reports, event answers, a
/// draft; the reminders sent to them; the technical records: the updates they sent, the messages to them,
/// a message's text only while it is on its way), in the order added.
/// </summary>
public sealed class PersonalData
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Latvian and Cyrillic as they are, readable in any text editor.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private readonly List<KeyValuePair<string, object?>> sections = [];

    /// <summary>The sections' names, in order.</summary>
    public IEnumerable<string> Sections => sections.Select(s => s.Key);

    /// <summary>Adds a section ("ideas", say); a name is used once.</summary>
    public PersonalData Add(string name, object? section)
    {
        if (sections.Any(s => s.Key == name))
        {
            throw new InvalidOperationException($"The personal data section {name} is added twice.");
        }

        sections.Add(new(name, section));
        return this;
    }

    public byte[] ToJson()
    {
        var document = new JsonObject();
        foreach (var (name, section) in sections)
        {
            document[name] = JsonSerializer.SerializeToNode(section, section?.GetType() ?? typeof(object), JsonOptions);
        }

        return Encoding.UTF8.GetBytes(document.ToJsonString(JsonOptions));
    }

    public sealed record MemberData(
        string Channel, string AccountId, string ChatId, string? Name, string Language, string Consent, DateTimeOffset? ConsentChangedAt,
        bool Coordinator, bool Announcements, bool WeeklyDigest, bool IdeaNews, bool Reachable, DateTimeOffset FirstSeen, DateTimeOffset LastMessage,
        DateTimeOffset? ToldOfInactivity);

    public sealed record IdeaData(
        long Number, string Title, string Description, string Theme, string Status, string? Photo, string? CoordinatorComment, DateTimeOffset Submitted,
        double? Latitude, double? Longitude, string? Place, string? District);

    /// <summary>An entry a coordinator wrote on an idea's timeline (a comment, a note, the council's answer).</summary>
    public sealed record NewsData(long IdeaNumber, string Kind, string? Text, DateTimeOffset At);

    /// <summary>An idea the person follows, and whether it came with their support.</summary>
    public sealed record FollowData(long IdeaNumber, bool BySupport, DateTimeOffset Since);

    public sealed record MarkData(long IdeaNumber, DateTimeOffset At);

    public sealed record ReportData(long IdeaNumber, string Reason, DateTimeOffset At);

    /// <summary>A vote in a poll: the question and the answer chosen.</summary>
    public sealed record VoteData(long PollNumber, string Question, string Answer, DateTimeOffset At);

    /// <summary>A native poll sent to the person's chat (kept so its answers find their poll, and it is closed there).</summary>
    public sealed record ReceivedPollData(long PollNumber, DateTimeOffset SentAt);

    /// <summary>A poll a coordinator asked.</summary>
    public sealed record AskedPollData(long PollNumber, string Question, DateTimeOffset Asked);

    /// <summary>A ballot in a participatory budget: the projects chosen, and whether and when it was cast.</summary>
    public sealed record BallotData(long BudgetNumber, string Budget, string Status, IReadOnlyList<string> Projects, DateTimeOffset? CastAt, DateTimeOffset Updated);

    public sealed record RsvpData(long EventNumber, string Event, string Answer, bool WaitingList, DateTimeOffset At);

    public sealed record ConversationData(string Flow, string Step, string Draft, DateTimeOffset Updated);

    public sealed record ReminderData(long EventNumber, string Kind, DateTimeOffset SentAt);

    /// <summary>An update the person sent, as the platform identifies it, kept so it is handled once.</summary>
    public sealed record ReceivedData(string Update, DateTimeOffset ReceivedAt);

    /// <summary>How many messages the person sent in the current flood-control window, which began then.</summary>
    public sealed record RateData(DateTimeOffset WindowStart, int Messages);

    /// <summary>A message to the person: its text while it waits to be sent, then only its times and status.</summary>
    public sealed record DeliveryData(DateTimeOffset Queued, string Status, DateTimeOffset? Finished, string? Text);
}
