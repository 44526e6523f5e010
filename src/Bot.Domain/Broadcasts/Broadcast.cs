using System.Text.Json;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>Who a broadcast goes to.</summary>
public enum AudienceKind
{
    /// <summary>Everyone who consented and keeps announcements on.</summary>
    AnnouncementSubscribers,

    /// <summary>Everyone who answered Going or Maybe to one event.</summary>
    EventAttendees,

    /// <summary>Everyone who consented and keeps the weekly digest on.</summary>
    DigestSubscribers,

    /// <summary>Everyone following one idea (<see cref="Broadcast.SubjectId"/>) who keeps idea news on.</summary>
    IdeaFollowers,

    /// <summary>Everyone who voted in one poll (<see cref="Broadcast.SubjectId"/>).</summary>
    PollVoters,
}

public enum BroadcastKind
{
    EventPublished,
    EventChanged,
    EventCancelled,
    Announcement,
    Digest,
    IdeaNews,
    Poll,
    PollResults,
}

/// <summary>Where a broadcast is: recipients being written to the outbox, messages being sent, finished.</summary>
public enum BroadcastStatus
{
    FanningOut,
    Sending,
    Done,
}

/// <summary>The same message in each language; each recipient gets theirs.</summary>
public sealed record BroadcastContent(IReadOnlyDictionary<Language, OutboundTemplate> ByLanguage)
{
    /// <summary>The message for one recipient, in their language (English, then any, if the content lacks it).</summary>
    public OutboundMessage For(Recipient recipient, Language language) =>
        (ByLanguage.GetValueOrDefault(language) ?? ByLanguage.GetValueOrDefault(Language.En) ?? ByLanguage.Values.First()).To(recipient);
}

/// <summary>A message without its recipient.</summary>
public sealed record OutboundTemplate(string Text)
{
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    public string? PhotoRef { get; init; }

    /// <summary>A poll, sent natively where the platform can (the text and buttons are the poll elsewhere).</summary>
    public NativePoll? Poll { get; init; }

    /// <summary>The channel the photo was sent on, when it is that platform's file id: only its people get it.</summary>
    public ChannelKind? PhotoChannel { get; init; }

    /// <summary>The message to one person; a platform's file id goes only to people on that platform.</summary>
    public OutboundMessage To(Recipient recipient) =>
        new(recipient, Text) { Buttons = Buttons, PhotoRef = Photos.For(PhotoRef, PhotoChannel, recipient.Channel), Lane = DeliveryLane.Broadcast, Poll = Poll };
}

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
        ContentJson = JsonSerializer.Serialize(content.ByLanguage.ToDictionary(p => p.Key.Code(), p => p.Value), ContentJsonOptions),
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
        return new BroadcastContent(stored.ToDictionary(p => Languages.ParseOr(p.Key, Language.En), p => p.Value));
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

    /// <summary>
    /// Why a recipient's message is written as skipped instead of sent, or null when it may go: outside
    /// Messenger's 24-hour window a broadcast is never sent (no message tag the policy allows fits it).
    /// </summary>
    public static string? SkipReason(ChannelKind channel, DateTimeOffset lastMessageAt, DateTimeOffset now) =>
        MessagingWindow.IsOpen(channel, lastMessageAt, now) ? null : MessagingWindow.ClosedReason;

    public void Complete(DateTimeOffset now, BroadcastCounts counts)
    {
        Status = BroadcastStatus.Done;
        CompletedAt = now;
        (Sent, Unreachable, Failed, Skipped) = (counts.Sent, counts.Unreachable, counts.Failed, counts.Skipped);
        Version++;
    }
}

/// <summary>How far a broadcast has come, from its outbox rows.</summary>
/// <summary>A report to the broadcast's sender: a progress line, or the final one.</summary>
public sealed record BroadcastReport(string Text, bool Final);

public sealed record BroadcastCounts(int Queued, int Sent, int Unreachable, int Failed, int Skipped)
{
    public int Finished => Sent + Unreachable + Failed + Skipped;

    public bool IsComplete => Finished >= Queued;
}

/// <summary>Port to stored broadcasts, and to who their audiences are.</summary>
public interface IBroadcastRepository
{
    void Add(Broadcast broadcast);

    /// <summary>How many people an audience reaches now.</summary>
    Task<int> CountAudienceAsync(AudienceKind audience, long? eventId, CancellationToken ct, long? subjectId = null);
}
