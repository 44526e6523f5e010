using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>/announce, and the broadcasts other features start (a published event, the digest).</summary>
public sealed class BroadcastsFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [AnnounceFlow.Command];

    public void Register(FeatureBuilder feature) => feature
        .Uses<Announcer>()
        .Handles<AnnounceFlow>();
}
