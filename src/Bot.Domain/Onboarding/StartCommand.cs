using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Onboarding;

/// <summary>/start: onboarding for someone new, or the main menu for someone who finished it.</summary>
public sealed class StartCommand : ICommand
{
    public CommandInfo Info => CommandCatalog.Start;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        switch (chat.Member.OnboardingStep)
        {
            case OnboardingStep.ChooseLanguage:
                OnboardingSteps.AskLanguage(chat);
                break;
            case OnboardingStep.Consent:
            case OnboardingStep.Declined:
                OnboardingSteps.AskConsent(chat);
                break;
            default:
                MainMenu.Show(chat, chat.T.WelcomeBack);
                break;
        }

        return Task.CompletedTask;
    }
}
