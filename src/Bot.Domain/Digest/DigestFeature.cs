using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Digest;

/// <summary>The weekly digest: composed, issued once per period, and /digest on demand.</summary>
public sealed class DigestFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [DigestCommand.Command];

    public void Register(FeatureBuilder feature) => feature
        .Shares<DigestComposer>()
        .Uses<DigestIssuer>()
        .Handles<DigestCommand>()
        .Handles<DigestButtons>();
}
