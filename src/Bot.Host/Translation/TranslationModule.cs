using GenYCity.Bot.Domain.Translation;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Translation;

/// <summary>Machine translation's host side: the kept translations and waiting presses, erased with their texts, and the worker that asks the service.</summary>
public sealed class TranslationModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Port<ITranslationRepository, TranslationRepository>()
        .PersonalData<TranslationPersonalData>()
        .Shares<DashboardTranslations, DashboardTranslations>()
        .Worker<TranslationWorker>();
}
