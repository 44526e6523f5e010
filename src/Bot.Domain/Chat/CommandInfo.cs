using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>
/// A command of the public contract: its name, who may use it, whether it needs the person's consent, its
/// place in menus and /help (spaced by ten, so a new feature's command can stand between two others), and how
/// it is described.
/// </summary>
public sealed record CommandInfo(
    string Name,
    Audience Audience,
    bool NeedsConsent,
    int Place,
    Func<Phrasebook, string> Description,
    Func<Phrasebook, string>? MenuLabel = null)
{
    public Button MenuButton(Phrasebook phrases) =>
        new(MenuLabel?.Invoke(phrases) ?? "/" + Name, "/" + Name);
}
