using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Privacy;
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
                chat.Reply(chat.T.DeclinedInfo(chat.Privacy.RetentionDays), [[new Button(chat.T.ReadNoticeAgain, "/" + StartCommand.Command.Name)]]);
                break;
        }
    }

    public static void AskLanguage(ChatContext chat) =>
        chat.Reply(
            Phrasebook.LanguagePromptIn(chat.Options.Offered),
            [chat.Options.Offered.Select(l => new Button(l.NativeName(), LanguageButtons.PayloadFor(l))).ToList()]);

    /// <summary>
    /// The notice in layers, as the EDPB's transparency guidelines suggest: the essentials with Accept,
    /// Decline and Read more (the whole notice, also at /privacy). On Messenger this is one template of
    /// at most 640 characters and three buttons.
    /// </summary>
    public static void AskConsent(ChatContext chat) =>
        chat.Reply(chat.T.PrivacySummary(Facts(chat), chat.Member.Channel), [.. ConsentChoice(chat.T), [new Button(chat.T.ReadMore, "/" + PrivacyCommand.Command.Name)]]);

    /// <summary>Accept and Decline, under the notice.</summary>
    public static IReadOnlyList<IReadOnlyList<Button>> ConsentChoice(Phrasebook t) =>
        [[new Button(t.Accept, ConsentButtons.AcceptPayload), new Button(t.Decline, ConsentButtons.DeclinePayload)]];

    /// <summary>The settings the notice states, in the person's language, escaped for markup.</summary>
    public static PrivacyFacts Facts(ChatContext chat)
    {
        var (language, privacy) = (chat.Member.Language, chat.Privacy);
        return new PrivacyFacts(
            Markup.Escape(chat.Options.Organisation.For(language)),
            Markup.Escape(privacy.ControllerContact),
            Markup.Escape(privacy.DpoContact),
            Markup.Escape(privacy.DpoEmail),
            Markup.Escape(privacy.SupervisoryAuthority.For(language)),
            Markup.Escape(privacy.Processor),
            privacy.MinimumAge,
            privacy.RetentionDays,
            privacy.InactiveMonths);
    }
}
