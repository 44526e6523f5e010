using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Preferences;

/// <summary>Presses of the settings toggles ("set:ann", "set:dig").</summary>
public sealed class SettingsButtons : ButtonHandler<SettingsView.Toggle>
{
    public const string Prefix = "set";

    public static readonly ButtonData<SettingsView.Toggle> Buttons = ButtonData.Word(Prefix, SettingsView.Toggles.ToDictionary(t => t.Key, StringComparer.Ordinal));

    public override bool NeedsConsent => true;

    protected override ButtonData<SettingsView.Toggle> Data => Buttons;

    protected override Task HandleAsync(ChatContext chat, SettingsView.Toggle toggle, CancellationToken ct)
    {
        chat.Member.Toggle(toggle.Subscription);

        var (text, buttons) = SettingsView.Render(chat);
        chat.ReplaceSource(text, buttons);
        return Task.CompletedTask;
    }
}
