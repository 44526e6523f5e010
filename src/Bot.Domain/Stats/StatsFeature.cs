using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Stats;

/// <summary>/stats: the figures for coordinators.</summary>
public sealed class StatsFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [StatsCommand.Command];

    public void Register(FeatureBuilder feature) => feature.Handles<StatsCommand>();
}
