using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Preferences;

/// <summary>/settings: what the person receives, as buttons that switch in place.</summary>
public sealed class SettingsCommand : ICommand
{
    public CommandInfo Info => CommandCatalog.Settings;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var (text, buttons) = SettingsView.Render(chat);
        chat.Reply(text, buttons);
        return Task.CompletedTask;
    }
}
