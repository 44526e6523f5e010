namespace GenYCity.Bot.Domain.Members;

/// <summary>Where a person stands with the privacy notice.</summary>
public enum ConsentStatus
{
    Pending,
    Given,
    Declined,
}

/// <summary>What a person may do beyond taking part.</summary>
[Flags]
public enum MemberRoles
{
    None = 0,
    Coordinator = 1,
}

/// <summary>What a person has chosen to receive.</summary>
[Flags]
public enum Subscriptions
{
    None = 0,
    Announcements = 1,
    WeeklyDigest = 2,

    /// <summary>News of the ideas the person follows.</summary>
    IdeaNews = 4,
    All = Announcements | WeeklyDigest | IdeaNews,
}

/// <summary>Where a person is in onboarding, derived from their member row.</summary>
public enum OnboardingStep
{
    ChooseLanguage,
    Consent,
    Declined,
    Done,
}
