using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Results;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Followers;

/// <summary>Following ideas, the host side of the results: ideas' timelines, their followers as an audience, and the job that tells them.</summary>
public sealed class FollowersModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Port<IIdeaNewsRepository, IdeaNewsRepository>()
        .Audience<IdeaFollowers>()
        .CronJob<IdeaNewsJob, ResultsOptions>(IdeaNewsJob.Key, o => o.NoticeCron, "Results:NoticeCron", "Tells the followers of ideas what happened to them");
}
