namespace GenYCity.Bot.Domain.Privacy;

/// <summary>What the privacy notice states, in one language: filled from the settings, escaped for markup.</summary>
public sealed record PrivacyFacts(
    string Organisation,
    string ControllerContact,
    string DpoContact,
    string DpoEmail,
    string SupervisoryAuthority,
    string Processor,
    int MinimumAge,
    int RetentionDays,
    int InactiveMonths);
