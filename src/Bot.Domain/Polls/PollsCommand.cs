using System.Text;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Polls;

/// <summary>
/// Closes polls, once each: the poll's status and version change in the same unit of work that starts the
/// results broadcast to its voters and tells the coordinator who asked; the job that runs it twice, or two
/// instances, find it closed.
/// </summary>
public sealed class PollClosing(IPollRepository polls, IBroadcastRepository broadcasts, IMemberRepository members)
{
    /// <summary>Closes the polls due now: how many, and the messages to the coordinators who asked them.</summary>
    public async Task<(int Closed, IReadOnlyList<OutboundMessage> Messages)> CloseDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = await polls.ListDueAsync(now, ct);
        var messages = new List<OutboundMessage>();
        foreach (var poll in due)
        {
            messages.AddRange(await CloseAsync(poll, now, ct));
        }

        return (due.Count, messages);
    }

    /// <summary>Closes one poll; the messages that stop its native copies, and the one to the coordinator who asked.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> CloseAsync(Poll poll, DateTimeOffset now, CancellationToken ct)
    {
        if (!poll.Close(now))
        {
            return [];
        }

        var counts = await polls.CountAsync(poll, ct);
        var content = new BroadcastContent(Languages.All.ToDictionary(
            l => l,
            l => new OutboundTemplate($"{PollCards.Results(poll, counts, l)}\n\n{PollTexts.For(l).ThanksForVoting}")));
        broadcasts.Add(Broadcast.Create(BroadcastKind.PollResults, AudienceKind.PollVoters, null, content, null, now, subjectId: poll.Id));
        await polls.WithdrawUnsentAsync(poll.Id, now, ct);
        // Each native copy closed in its chat too.
        var stops = (await polls.ListSentAsync(poll.Id, ct)).Select(sent => sent.Stop()).ToList();
        // The coordinator who asked hears the results; once, if they voted too (then the voters' message is theirs).
        if (poll.CreatedById is { } id && await polls.FindVoteAsync(poll.Id, id, ct) is null
            && await members.FindByIdAsync(id, ct) is { IsReachable: true } creator)
        {
            stops.Add(new OutboundMessage(new Recipient(creator.Channel, creator.ChatId), PollCards.Results(poll, counts, creator.Language)));
        }

        return stops;
    }
}

/// <summary>/polls (coordinators): the open polls with their live counts, and the latest closed ones; CSV and Close now under each.</summary>
public sealed class PollsCommand(IPollRepository polls, EventTime time) : ICommand
{
    public const int ClosedShown = 5;

    public CommandInfo Info => CommandCatalog.Polls;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var language = chat.Member.Language;
        var t = PollTexts.For(language);
        var recent = await polls.ListRecentAsync(ClosedShown, ct);
        if (recent.Count == 0)
        {
            MainMenu.Show(chat, t.PollsEmpty);
            return;
        }

        chat.Reply(t.PollsHeader);
        foreach (var poll in recent)
        {
            var counts = await polls.CountAsync(poll, ct);
            var when = poll.IsOpen ? t.OpenUntil(time.FormatInSentence(poll.ClosesAt, language)) : t.ClosedOn(time.FormatInSentence(poll.ClosedAt ?? poll.ClosesAt, language));
            var text = new StringBuilder($"#{poll.Id} · {when}\n").Append(PollCards.Results(poll, counts, language)).ToString();
            var buttons = new List<Button> { PollAdminButtons.Buttons.Button(t.Csv, new ActionPress(PollAdminButtons.Csv, poll.Id)) };
            if (poll.IsOpen)
            {
                buttons.Add(PollAdminButtons.Buttons.Button(t.CloseNow, new ActionPress(PollAdminButtons.Close, poll.Id)));
            }

            chat.Reply(text, [buttons]);
        }
    }
}

/// <summary>A poll's CSV ("polls:csv:3") and closing it now ("polls:close:3"), for coordinators.</summary>
public sealed class PollAdminButtons(IPollRepository polls, PollClosing closing, IExportStore files) : ButtonHandler<ActionPress>
{
    public const string Prefix = "polls";
    public const string Csv = "csv";
    public const string Close = "close";

    public static readonly ButtonData<ActionPress> Buttons = ButtonData.ActionAndId(Prefix, Csv, Close);

    public override bool NeedsConsent => false;

    public override Audience Audience => Audience.Coordinators;

    protected override ButtonData<ActionPress> Data => Buttons;

    protected override async Task HandleAsync(ChatContext chat, ActionPress press, CancellationToken ct)
    {
        if (!chat.Member.IsCoordinator)
        {
            chat.Reply(chat.T.CoordinatorsOnly);
            return;
        }

        var t = PollTexts.For(chat.Member.Language);
        if (await polls.FindAsync(press.Id, ct) is not { } poll)
        {
            StaleButton.Answer(chat);
            return;
        }

        if (press.Action == Close)
        {
            if (!poll.IsOpen)
            {
                chat.Reply(t.Closed);
                return;
            }

            var voters = (await polls.CountAsync(poll, ct)).Total;
            foreach (var message in await closing.CloseAsync(poll, chat.Now, ct))
            {
                chat.Send(message);
            }

            chat.RetireSourceButtons();
            chat.Reply(t.ClosedNow(poll.Id, voters));
            return;
        }

        var counts = await polls.CountAsync(poll, ct);
        var path = await files.SaveAsync($"poll-{poll.Id}-{chat.Now:yyyyMMdd-HHmmss}.csv", Exports.Csv.Write(Table(poll, counts, t)), ct);
        chat.Send(new OutboundMessage(chat.ReplyTo, t.CsvReady(poll.Id)) { DocumentPath = path });
    }

    /// <summary>One row per answer, language and app with votes (counts only, no one named), and a row per answer in all.</summary>
    private static Table Table(Poll poll, PollCounts counts, PollTexts t)
    {
        var h = t.CsvHeaders;
        var columns = new[]
        {
            new Column(h[0], CellKind.Number, 6), new Column(h[1], CellKind.Text, 40), new Column(h[2], CellKind.Number, 8),
            new Column(h[3], CellKind.Number, 8), new Column(h[4], CellKind.Text, 8), new Column(h[5], CellKind.Text, 10),
        };
        var options = poll.Options;
        var rows = new List<IReadOnlyList<object?>>();
        for (var i = 0; i < options.Count; i++)
        {
            rows.Add([i + 1, options[i], counts.ByOption[i], PollCards.Percent(counts.ByOption[i], counts.Total), null, null]);
            rows.AddRange(counts.Rows.Where(r => r.Option == i).OrderBy(r => r.Language).ThenBy(r => r.Channel)
                .Select(r => (IReadOnlyList<object?>)[i + 1, options[i], r.Votes, PollCards.Percent(r.Votes, counts.Total), r.Language.Code(), r.Channel.ToString()]));
        }

        return new Table("poll", columns, rows);
    }
}

/// <summary>The "Polls" section.</summary>
public sealed class PollsOptions
{
    public const string SectionName = "Polls";

    /// <summary>When the closing job ticks (Quartz cron, in the city's time zone): a poll closes within a tick of its time.</summary>
    [System.ComponentModel.DataAnnotations.Required(AllowEmptyStrings = false, ErrorMessage = "Polls:CloseCron is required.")]
    public string CloseCron { get; set; } = "0 * * * * ?";
}

/// <summary>Quick polls: /newpoll, answers by buttons and in Telegram's own polls, /polls, and the closing.</summary>
public sealed class PollsFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .Settings<PollsOptions>(PollsOptions.SectionName)
        .Shares<PollCards>()
        .Uses<PollClosing>()
        .Handles<NewPollFlow>()
        .Handles<PollVoteButtons>()
        .Handles<NativePollAnswers>()
        .Handles<PollsCommand>()
        .Handles<PollAdminButtons>();
}
