using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Onboarding;

/// <summary>/language: the language picker, at any time.</summary>
public sealed class LanguageCommand : ICommand
{
    /// <summary>/language in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("language", Audience.Everyone, false, 90, p => p.CmdLanguage, p => p.MenuLanguage);

    public CommandInfo Info => Command;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        if (Languages.TryParse(argument, out var language))
        {
            LanguageButtons.Choose(chat, language);
        }
        else
        {
            OnboardingSteps.AskLanguage(chat);
        }

        return Task.CompletedTask;
    }
}
