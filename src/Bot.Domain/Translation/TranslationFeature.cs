using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Translation;

/// <summary>Machine translation between the city's languages: Translate and Original under ideas and threads.</summary>
public sealed class TranslationFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [];

    public void Register(FeatureBuilder feature) => feature
        .Uses<TranslationOffer>()
        .Uses<Translations>()
        .Handles<TranslateButtons>();
}
