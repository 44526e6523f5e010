using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Onboarding;

namespace GenYCity.Bot.Domain.Privacy;

/// <summary>
/// /privacy (and Read more under the first notice): the whole privacy notice, at any time. Someone who
/// has not accepted yet finds Accept and Decline under it.
/// </summary>
public sealed class PrivacyCommand : ICommand
{
    /// <summary>/privacy in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("privacy", Audience.Everyone, false, 110, p => p.CmdPrivacy);

    public CommandInfo Info => Command;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var notice = chat.T.PrivacyFull(OnboardingSteps.Facts(chat));
        switch (chat.Member.OnboardingStep)
        {
            case OnboardingStep.Consent or OnboardingStep.Declined:
                chat.Reply(notice, OnboardingSteps.ConsentChoice(chat.T));
                break;
            case OnboardingStep.ChooseLanguage:
                chat.Reply(notice);
                OnboardingSteps.AskLanguage(chat);
                break;
            default:
                chat.Reply(notice);
                break;
        }

        return Task.CompletedTask;
    }
}
