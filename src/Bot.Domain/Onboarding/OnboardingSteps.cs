using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Onboarding;

/// <summary>
/// The onboarding steps: language, then the privacy notice with Accept / Decline. The current step is
/// derived from the member row, so nothing beyond that row is stored before consent, and a restart
/// resumes at the same step.
/// </summary>
public static class OnboardingSteps
{
    /// <summary>Asks for whatever onboarding still needs; says nothing once it is done.</summary>
    public static void Prompt(ChatContext chat)
    {
        switch (chat.Member.OnboardingStep)
        {
            case OnboardingStep.ChooseLanguage:
                AskLanguage(chat);
                break;
            case OnboardingStep.Consent:
                AskConsent(chat);
                break;
            case OnboardingStep.Declined:
                chat.Reply(chat.T.DeclinedInfo, [[new Button(chat.T.ReadNoticeAgain, "/" + CommandCatalog.Start.Name)]]);
                break;
        }
    }

    public static void AskLanguage(ChatContext chat) =>
        chat.Reply(
            Phrasebook.LanguagePrompt,
            [Languages.All.Select(l => new Button(l.NativeName(), LanguageButtons.PayloadFor(l))).ToList()]);

    public static void AskConsent(ChatContext chat) =>
        chat.Reply(
            PrivacyNotice(chat),
            [[new Button(chat.T.Accept, ConsentButtons.AcceptPayload), new Button(chat.T.Decline, ConsentButtons.DeclinePayload)]]);

    public static string PrivacyNotice(ChatContext chat) =>
        chat.T.PrivacyNotice(Markup.Escape(chat.Options.Organisation.For(chat.Member.Language)));
}
