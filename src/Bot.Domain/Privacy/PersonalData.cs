using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

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
        bool Coordinator, bool Announcements, bool WeeklyDigest, bool IdeaNews, bool Reachable, DateTimeOffset FirstSeen, DateTimeOffset LastMessage);

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

/// <summary>Port to one person's stored data: collected for /mydata, erased for /forgetme.</summary>
public interface IPersonalDataStore
{
    Task<PersonalData> CollectAsync(Member member, CancellationToken ct);

    /// <summary>
    /// Erases the person: unpublished ideas, supports, reports, answers, reminders, the conversation, the
    /// messages to them and the records of their updates are deleted; published ideas and the counts of
    /// broadcasts they were part of stay, with nothing that names them; the member row goes last.
    /// </summary>
    Task EraseAsync(Member member, CancellationToken ct);
}

/// <summary>/mydata: everything stored about me, as a JSON document.</summary>
public sealed class MyDataCommand(IPersonalDataStore store, IExportStore files) : ICommand
{
    public CommandInfo Info => CommandCatalog.MyData;

    /// <summary>How a person's /mydata documents are named, so /forgetme can remove them too.</summary>
    public static string FilePrefix(Member member) => $"mydata-{member.Id}-";

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var data = await store.CollectAsync(chat.Member, ct);
        var path = await files.SaveAsync($"{FilePrefix(chat.Member)}{chat.Now:yyyyMMdd-HHmmss}.json", data.ToJson(), ct);
        chat.Send(new OutboundMessage(chat.ReplyTo, chat.T.MyDataReady) { DocumentPath = path });
    }
}

/// <summary>/forgetme: asks first; the erasure itself is the Yes button.</summary>
public sealed class ForgetMeCommand : ICommand
{
    public CommandInfo Info => CommandCatalog.ForgetMe;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        chat.Reply(chat.T.ForgetMeConfirm, [[new Button(chat.T.ForgetMeYes, ForgetMeButtons.Yes)], [new Button(chat.T.ForgetMeNo, ForgetMeButtons.No)]]);
        return Task.CompletedTask;
    }
}

/// <summary>Yes (erase everything) or No under /forgetme's question.</summary>
public sealed record ForgetMePress(bool Erase);

/// <summary>The answer to /forgetme: "forget:yes" erases, "forget:no" keeps everything.</summary>
public sealed class ForgetMeButtons(IPersonalDataStore store, Events.IEventRepository events, IMemberRepository members) : ButtonHandler<ForgetMePress>
{
    public const string Prefix = "forget";
    public const string Yes = "forget:yes";
    public const string No = "forget:no";

    private static readonly Dictionary<string, ForgetMePress> Answers = new(StringComparer.Ordinal)
    {
        ["yes"] = new ForgetMePress(Erase: true),
        ["no"] = new ForgetMePress(Erase: false),
    };

    public override bool NeedsConsent => false;

    protected override ButtonData<ForgetMePress> Data { get; } = ButtonData.Word(Prefix, Answers);

    protected override async Task HandleAsync(ChatContext chat, ForgetMePress press, CancellationToken ct)
    {
        switch (press.Erase)
        {
            case true:
                // Said in the language they knew, before the member (and their language) is gone.
                var done = chat.T.ForgetMeDone;
                chat.EndConversation();
                await FreePlacesAsync(chat, ct);
                await store.EraseAsync(chat.Member, ct);
                chat.ReplaceSource(done);
                break;
            case false:
                chat.ReplaceSource(chat.T.ForgetMeKept);
                break;
        }
    }

    /// <summary>The places the person held at coming events go to the longest-waiting people, who are told.</summary>
    private async Task FreePlacesAsync(ChatContext chat, CancellationToken ct)
    {
        var upcoming = await events.ListUpcomingAsync(chat.Now, 1000, ct);
        var answers = await events.RsvpsOfAsync(chat.Member.Id, upcoming.Select(e => e.Id).ToList(), ct);
        foreach (var cityEvent in upcoming.Where(e => answers.TryGetValue(e.Id, out var answer) && answer.HasPlace))
        {
            await Events.RsvpButtons.PromoteNextAsync(chat, cityEvent, events, members, ct);
        }
    }
}
