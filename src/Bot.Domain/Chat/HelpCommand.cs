using System.Text;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>/help: the commands this person may use, coordinators' ones apart.</summary>
public sealed class HelpCommand : ICommand
{
    /// <summary>/help in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("help", Audience.Everyone, false, 100, p => p.CmdHelp, p => p.MenuHelp);

    public CommandInfo Info => Command;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var t = chat.T;
        var text = new StringBuilder(t.HelpIntro).AppendLine();
        foreach (var command in CommandCatalog.AvailableTo(coordinator: false))
        {
            text.AppendLine(Line(command));
        }

        var forCoordinators = CommandCatalog.All.Where(c => c.Audience == Audience.Coordinators).ToList();
        if (chat.Member.IsCoordinator && forCoordinators.Count > 0)
        {
            text.AppendLine().AppendLine(t.HelpCoordinatorsHeader);
            foreach (var command in forCoordinators)
            {
                text.AppendLine(Line(command));
            }
        }

        chat.Reply(text.ToString().TrimEnd(), chat.Member.HasConsented ? MainMenu.Buttons(chat.Member) : null);
        return Task.CompletedTask;

        string Line(CommandInfo command) => $"/{command.Name} — {command.Description(t)}";
    }
}
