using GenYCity.Bot.Domain.Stats;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Stats;

/// <summary>/stats' host side: the figures it reads.</summary>
public sealed class StatsModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module.Port<IStatistics, Statistics>();
}
