using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Polls;

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
                .Select(r => (IReadOnlyList<object?>)[i + 1, options[i], r.Votes, PollCards.Percent(r.Votes, counts.Total), r.Language.Code, r.Channel.ToString()]));
        }

        return new Table("poll", columns, rows);
    }
}
