using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Onboarding;

/// <summary>/language: the language picker, at any time.</summary>
public sealed class LanguageCommand : ICommand
{
    public CommandInfo Info => CommandCatalog.Language;

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
