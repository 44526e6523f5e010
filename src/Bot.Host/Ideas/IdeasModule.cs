using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Ideas;

/// <summary>The ideas' host side: their tables, what a person sent in /mydata, and submitting and supporting as taking part.</summary>
public sealed class IdeasModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Port<IIdeaRepository, IdeaRepository>()
        .PersonalData<IdeasPersonalData>()
        .Participation<IdeaSubmitting>();
}
