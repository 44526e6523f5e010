using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Onboarding;

/// <summary>A press of one language's button.</summary>
public sealed record LanguagePress(Language Language);
