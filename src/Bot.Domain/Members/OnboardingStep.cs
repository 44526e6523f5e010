namespace GenYCity.Bot.Domain.Members;

/// <summary>Where a person is in onboarding, derived from their member row.</summary>
public enum OnboardingStep
{
    ChooseLanguage,
    Consent,
    Declined,
    Done,
}
