using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Budgets;

/// <summary>The budgets' host side: their tables, ballots in /mydata, the voters as an audience and as taking part, and the job that opens and closes votes.</summary>
public sealed class BudgetsModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Port<IBudgetRepository, BudgetRepository>()
        .PersonalData<BudgetsPersonalData>()
        // A budget's results go to those who cast a ballot in it, and to the followers of the ideas on its ballot who keep idea news on.
        .Audience(BudgetBroadcasts.VotersAndFollowers, (db, reachable, eventId, subjectId) =>
            reachable.Where(m => db.Set<BudgetBallot>().Any(b => b.BudgetId == subjectId && b.MemberId == m.Id && b.Status == BallotStatus.Cast)
                || (m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.IdeaNews) != 0
                    && db.IdeaFollows.Any(f => f.MemberId == m.Id && db.Set<BudgetProject>().Any(p => p.BudgetId == subjectId && p.IdeaId == f.IdeaId)))))
        // A ballot counts when it was cast.
        .ReportPart<BudgetReport>()
        .Shares<Dashboard.IUploadUser, BudgetPhotos>()
        .Participation((db, from, to) => db.Set<BudgetBallot>().Where(b => b.CastAt >= from && b.CastAt < to && b.MemberId != null).Select(b => b.MemberId!.Value))
        .CronJob<BudgetClosingJob, BudgetsOptions>(BudgetClosingJob.Key, o => o.CloseCron, "Budgets:CloseCron", "Announces budget votes as they open, closes them at their time and sends their results");
}
