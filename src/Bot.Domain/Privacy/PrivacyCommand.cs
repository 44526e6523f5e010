using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Onboarding;

namespace GenYCity.Bot.Domain.Privacy;

/// <summary>
/// /privacy (and Read more under the first notice): the whole privacy notice, at any time. Someone who
/// has not accepted yet finds Accept and Decline under it.
/// </summary>
public sealed class PrivacyCommand(Translation.TranslationOffer translation) : ICommand
{
    /// <summary>/privacy in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("privacy", Audience.Everyone, false, 110, p => p.CmdPrivacy);

    public CommandInfo Info => Command;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var notice = chat.T.PrivacyFull(OnboardingSteps.Facts(chat), chat.Member.Channel);
        // With a translation service set, the notice names it (a notice that grows past a message is sent in two).
        if (translation.ServiceName is { } service)
        {
            notice += "\n\n" + Translation.TranslationTexts.For(chat.Member.Language).Privacy(Markup.Escape(service));
        }

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
