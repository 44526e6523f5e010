using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>A command of the public contract: its name, who may use it, and how it is described.</summary>
public sealed record CommandInfo(
    string Name,
    Audience Audience,
    bool NeedsConsent,
    Func<Phrasebook, string> Description,
    Func<Phrasebook, string>? MenuLabel = null)
{
    public Button MenuButton(Phrasebook phrases) =>
        new(MenuLabel?.Invoke(phrases) ?? "/" + Name, "/" + Name);
}
