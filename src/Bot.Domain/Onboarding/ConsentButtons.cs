using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Onboarding;

/// <summary>Accept / Decline under the privacy notice ("consent:yes", "consent:no").</summary>
public sealed class ConsentButtons : IButtonHandler
{
    public const string Prefix = "consent";
    public const string AcceptPayload = Prefix + ":yes";
    public const string DeclinePayload = Prefix + ":no";

    string IButtonHandler.Prefix => Prefix;

    public bool NeedsConsent => false;

    public Task HandleAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var member = chat.Member;
        if (member.HasConsented)
        {
            // Withdrawing consent is erasure, which has its own confirmed command; an old notice's button is not it.
            MainMenu.Show(chat, chat.T.AlreadyAccepted);
            return Task.CompletedTask;
        }

        // Someone pressing a button under the notice has read it in the language it was shown in.
        member.ChooseLanguage(member.Language);
        switch (argument)
        {
            case "yes":
                member.GiveConsent(chat.Now);
                member.Rename(chat.Message.DisplayName);
                chat.RetireSourceButtons();
                MainMenu.Show(chat, chat.Message.Channel == Messaging.ChannelKind.Messenger ? $"{chat.T.Welcome}\n{chat.T.MessengerWindowNote}" : chat.T.Welcome);
                break;
            case "no":
                member.DeclineConsent(chat.Now);
                chat.RetireSourceButtons();
                OnboardingSteps.Prompt(chat);
                break;
            default:
                OnboardingSteps.Prompt(chat);
                break;
        }

        return Task.CompletedTask;
    }
}
