namespace GenYCity.Bot.Domain.Onboarding;

/// <summary>Accept (or Decline) under the privacy notice.</summary>
public sealed record ConsentPress(bool Accept);
