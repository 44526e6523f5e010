using System.Text;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Polls;

/// <summary>/polls (coordinators): the open polls with their live counts, and the latest closed ones; CSV and Close now under each.</summary>
public sealed class PollsCommand(IPollRepository polls, EventTime time) : ICommand
{
    public const int ClosedShown = 5;

    /// <summary>/polls in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("polls", Audience.Coordinators, false, 190, p => Domain.Polls.PollTexts.For(p.Language).CmdPolls);

    public CommandInfo Info => Command;

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
            var when = poll.IsOpen ? t.OpenUntil(time.Moment(poll.ClosesAt)) : t.ClosedOn(time.Moment(poll.ClosedAt ?? poll.ClosesAt));
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
