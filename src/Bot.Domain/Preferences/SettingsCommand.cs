using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Preferences;

/// <summary>/settings: what the person receives, as buttons that switch in place.</summary>
public sealed class SettingsCommand : ICommand
{
    /// <summary>/settings in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("settings", Audience.Everyone, true, 80, p => p.CmdSettings, p => p.MenuSettings);

    public CommandInfo Info => Command;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var (text, buttons) = SettingsView.Render(chat);
        chat.Reply(text, buttons);
        return Task.CompletedTask;
    }
}
