using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>The buttons a person who finished onboarding sees, built from the command catalog.</summary>
public static class MainMenu
{
    public static IReadOnlyList<IReadOnlyList<Button>> Buttons(Member member)
    {
        var phrases = Phrasebook.For(member.Language);
        return CommandCatalog.AvailableTo(member.IsCoordinator)
            .Where(c => c.MenuLabel is not null)
            .Select(c => c.MenuButton(phrases))
            .Chunk(2)
            .Select(row => (IReadOnlyList<Button>)row)
            .ToList();
    }

    public static void Show(ChatContext chat, string? intro = null) =>
        chat.Reply(intro ?? chat.T.MenuPrompt, Buttons(chat.Member));
}
