using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>/pending: the ideas waiting for a coordinator, each with its buttons.</summary>
public sealed class PendingCommand(IIdeaRepository ideas, IMemberRepository members, BotOptions options) : ICommand
{
    public const int MaxCards = 20;

    /// <summary>/pending in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("pending", Audience.Coordinators, false, 150, p => p.CmdPending, p => p.MenuPending);

    public CommandInfo Info => Command;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var waiting = await ideas.ListAwaitingCoordinatorAsync(ct);
        if (waiting.Count == 0)
        {
            MainMenu.Show(chat, chat.T.ModNothingPending);
            return;
        }

        chat.Reply(chat.T.ModPendingCount(waiting.Count));
        var here = chat.ReplyTo;
        foreach (var idea in waiting.Take(MaxCards))
        {
            chat.Send(IdeaCards.ForCoordinator(here, idea, await IdeaCards.AuthorAsync(members, idea, ct), chat.Member.Language, options));
        }
    }
}
