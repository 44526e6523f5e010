using System.Text.Json;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>
/// One message to many people. The host writes its deliveries in batches (the cursor is the last member
/// id written, so a restart carries on without duplicates) and reports progress to whoever asked for it.
/// Every change counts in <see cref="Version"/>, the concurrency token: of two instances moving the same
/// broadcast on at once, one saves and the other's batch is rolled back.
/// </summary>
public sealed class Broadcast
{
    private static readonly JsonSerializerOptions ContentJsonOptions = new(JsonSerializerDefaults.Web);

    private Broadcast()
    {
        ContentJson = "{}";
    }

    public long Id { get; private set; }

    public BroadcastKind Kind { get; private set; }

    public AudienceKind Audience { get; private set; }

    public long? EventId { get; private set; }

    /// <summary>The idea whose followers, or the poll whose voters, the audience is.</summary>
    public long? SubjectId { get; private set; }

    public string ContentJson { get; private set; }

    public BroadcastStatus Status { get; private set; }

    /// <summary>The last member id written to the outbox.</summary>
    public long Cursor { get; private set; }

    public int Queued { get; private set; }

    /// <summary>Where progress reports go (the coordinator who sent it), in their language; none for automatic ones.</summary>
    public ChannelKind? ReportChannel { get; private set; }

    public string? ReportChatId { get; private set; }

    public Language ReportLanguage { get; private set; }

    /// <summary>The outbox row of the first progress report, whose message later reports replace.</summary>
    public long? ProgressDeliveryId { get; private set; }

    public DateTimeOffset? LastReportedAt { get; private set; }

    public string? LastReport { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The key of the form that asked for it (the dashboard's Send), so pressing Send twice sends once; unique.</summary>
    public string? RequestKey { get; private set; }

    /// <summary>Records the key of the form that asked for the broadcast.</summary>
    public void AskedBy(string requestKey) => RequestKey = requestKey;

    public int Version { get; private set; }

    public static Broadcast Create(
        BroadcastKind kind, AudienceKind audience, long? eventId, BroadcastContent content, Member? requestedBy, DateTimeOffset now, long? subjectId = null) => new()
    {
        Kind = kind,
        Audience = audience,
        EventId = eventId,
        SubjectId = subjectId,
        ContentJson = JsonSerializer.Serialize(content.ByLanguage.ToDictionary(p => p.Key.Code, p => p.Value), ContentJsonOptions),
        Status = BroadcastStatus.FanningOut,
        ReportChannel = requestedBy?.Channel,
        ReportChatId = requestedBy?.ChatId,
        ReportLanguage = requestedBy?.Language ?? Language.Lv,
        CreatedAt = now,
    };

    /// <summary>The message in each language, read once per batch of recipients.</summary>
    public BroadcastContent ReadContent()
    {
        var stored = JsonSerializer.Deserialize<Dictionary<string, OutboundTemplate>>(ContentJson, ContentJsonOptions) ?? [];
        return new BroadcastContent(stored.ToDictionary(p => new Language(p.Key), p => p.Value));
    }

    public void Wrote(int count, long lastMemberId)
    {
        Queued += count;
        Cursor = lastMemberId;
        Version++;
    }

    public void AllWritten()
    {
        Status = BroadcastStatus.Sending;
        Version++;
    }

    public void Reported(string report, DateTimeOffset now, long? progressDeliveryId)
    {
        LastReport = report;
        LastReportedAt = now;
        ProgressDeliveryId ??= progressDeliveryId;
        Version++;
    }

    /// <summary>The final counts, kept on the broadcast: its outbox rows are purged after the retention period.</summary>
    public BroadcastCounts? FinalCounts => Status == BroadcastStatus.Done ? new BroadcastCounts(Queued, Sent, Unreachable, Failed, Skipped) : null;

    public int Sent { get; private set; }

    public int Unreachable { get; private set; }

    public int Failed { get; private set; }

    public int Skipped { get; private set; }

    /// <summary>Where the reports go, when someone asked for them.</summary>
    public Recipient? ReportTo => ReportChannel is { } channel && ReportChatId is { } chat ? new Recipient(channel, chat) : null;

    /// <summary>
    /// The report to send now, in the sender's language: the final one once every message is finished;
    /// before that, a changed progress line at most every <paramref name="interval"/>, and only where the
    /// report can be edited in place (one message that moves, not a message per step). A broadcast already
    /// done has made its final report: none is due again (a second process that read it before it was done).
    /// </summary>
    public BroadcastReport? ReportDue(BroadcastCounts counts, DateTimeOffset now, TimeSpan interval)
    {
        if (Status == BroadcastStatus.Done)
        {
            return null;
        }

        var t = Texts.Phrasebook.For(ReportLanguage);
        if (counts.IsComplete)
        {
            return new BroadcastReport(t.BroadcastDone(counts.Sent, counts.Unreachable, counts.Failed, counts.Skipped), Final: true);
        }

        var progress = t.BroadcastProgress(counts.Sent, counts.Queued, counts.Unreachable);
        var due = LastReportedAt is not { } last || now - last >= interval;
        return ReportTo is { } to && to.Channel.CanEditMessages() && due && progress != LastReport ? new BroadcastReport(progress, Final: false) : null;
    }

    public void Complete(DateTimeOffset now, BroadcastCounts counts)
    {
        Status = BroadcastStatus.Done;
        CompletedAt = now;
        (Sent, Unreachable, Failed, Skipped) = (counts.Sent, counts.Unreachable, counts.Failed, counts.Skipped);
        Version++;
    }
}
