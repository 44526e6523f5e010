using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Onboarding;

/// <summary>
/// /start: onboarding for someone new, or the main menu for someone who finished it. A start link
/// ("/start event_12") first shows that event; answering it waits for consent like everything else.
/// </summary>
public sealed class StartCommand(EventViewer events, Drafts drafts) : ICommand
{
    /// <summary>/start in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("start", Audience.Everyone, false, 10, p => p.CmdStart);

    public CommandInfo Info => Command;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        if (EventCards.TryReadStartParameter(argument, out var eventId))
        {
            await events.ShowOneAsync(chat, eventId, ct);
            OnboardingSteps.Prompt(chat);
            return;
        }

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
                drafts.Remind(chat);
                break;
        }
    }
}
