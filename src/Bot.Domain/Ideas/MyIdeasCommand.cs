using System.Globalization;
using System.Text;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>/myideas: the person's own ideas with status, supports and the coordinator's comment.</summary>
public sealed class MyIdeasCommand(IIdeaRepository ideas) : ICommand
{
    public const int MaxListed = 30;

    /// <summary>/myideas in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("myideas", Audience.Everyone, true, 40, p => p.CmdMyIdeas, p => p.MenuMyIdeas);

    public CommandInfo Info => Command;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var mine = await ideas.ListByAuthorAsync(chat.Member.Id, MaxListed, ct);
        if (mine.Count == 0)
        {
            MainMenu.Show(chat, chat.T.MyIdeasEmpty);
            return;
        }

        var t = chat.T;
        var text = new StringBuilder(t.MyIdeasHeader);
        foreach (var idea in mine)
        {
            text.Append("\n\n").Append(CultureInfo.InvariantCulture, $"#{idea.Id} ").Append(Markup.Bold(Markup.Escape(idea.Title)))
                .Append("\n📌 ").Append(t.Status(idea.Status))
                .Append(CultureInfo.InvariantCulture, $" · 👍 {idea.SupportCount}");
            if (idea.CommentCount > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" · 💬 {idea.CommentCount}");
            }

            if (idea.IsHidden)
            {
                text.Append(" · ").Append(t.ModHiddenLabel);
            }

            if (!string.IsNullOrWhiteSpace(idea.LatestComment))
            {
                text.Append("\n💬 ").Append(Markup.Escape(idea.LatestComment));
            }
        }

        MainMenu.Show(chat, text.ToString());
    }
}
