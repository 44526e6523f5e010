using System.Text;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Preferences;

/// <summary>The settings message: one line and one toggle button per subscription.</summary>
public static class SettingsView
{
    public sealed record Toggle(string Key, Subscriptions Subscription, Func<Texts.Phrasebook, string> Label);

    public static IReadOnlyList<Toggle> Toggles { get; } =
    [
        new("ann", Subscriptions.Announcements, p => p.SettingAnnouncements),
        new("dig", Subscriptions.WeeklyDigest, p => p.SettingDigest),
        new("news", Subscriptions.IdeaNews, p => p.SettingIdeaNews),
    ];

    public static (string Text, IReadOnlyList<IReadOnlyList<Button>> Buttons) Render(ChatContext chat)
    {
        var t = chat.T;
        var text = new StringBuilder(t.SettingsTitle).AppendLine();
        var buttons = new List<IReadOnlyList<Button>>();
        foreach (var toggle in Toggles)
        {
            var label = $"{Mark(chat.Member, toggle.Subscription)} {toggle.Label(t)}";
            text.AppendLine(label);
            buttons.Add([SettingsButtons.Buttons.Button(label, toggle)]);
        }

        buttons.Add([Onboarding.LanguageCommand.Command.MenuButton(t), new Button(t.MenuPrivacy, "/" + Privacy.PrivacyCommand.Command.Name)]);
        text.Append(t.SettingsHint);
        return (text.ToString(), buttons);
    }

    private static string Mark(Member member, Subscriptions subscription) =>
        member.IsSubscribedTo(subscription) ? "✅" : "⬜";
}
