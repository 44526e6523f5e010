using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Results;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Followers;

/// <summary>Following ideas, the host side of the results: ideas' timelines, their followers as an audience, and the job that tells them.</summary>
public sealed class FollowersModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Port<IIdeaNewsRepository, IdeaNewsRepository>()
        // Everyone following the idea (the broadcast's subject) who keeps idea news on.
        .Audience(AudienceKind.IdeaFollowers, (db, reachable, eventId, subjectId) =>
            reachable.Where(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.IdeaNews) != 0
                && db.IdeaFollows.Any(f => f.IdeaId == subjectId && f.MemberId == m.Id)))
        .CronJob<IdeaNewsJob, ResultsOptions>(IdeaNewsJob.Key, o => o.NoticeCron, "Results:NoticeCron", "Tells the followers of ideas what happened to them");
}
