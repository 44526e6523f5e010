using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Onboarding;

/// <summary>/start, the language and the consent.</summary>
public sealed class OnboardingFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [StartCommand.Command, LanguageCommand.Command];

    public void Register(FeatureBuilder feature) => feature
        .Handles<StartCommand>()
        .Handles<LanguageCommand>()
        .Handles<LanguageButtons>()
        .Handles<ConsentButtons>();
}
