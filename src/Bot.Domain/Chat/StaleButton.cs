using GenYCity.Bot.Domain.Onboarding;

namespace GenYCity.Bot.Domain.Chat;

/// <summary>The one answer to a button the bot no longer knows (old, or made up).</summary>
public static class StaleButton
{
    public static void Answer(ChatContext chat)
    {
        if (!chat.Member.HasConsented)
        {
            OnboardingSteps.Prompt(chat);
        }
        else if (chat.Message.IsPrivateChat)
        {
            MainMenu.Show(chat, chat.T.StaleButton);
        }
        else
        {
            chat.Reply(chat.T.StaleButton);
        }
    }
}
