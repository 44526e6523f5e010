using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Polls;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Polls;

/// <summary>The polls' host side: their tables, votes in /mydata, the voters as an audience and as taking part, the closing job, and the copies' delivery.</summary>
public sealed class PollsModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Port<IPollRepository, PollRepository>()
        .PersonalData<PollsPersonalData>()
        // A poll's results go to those who voted in it (the broadcast's subject).
        .Audience(AudienceKind.PollVoters, (db, reachable, eventId, subjectId) =>
            reachable.Where(m => db.PollVotes.Any(v => v.PollId == subjectId && v.MemberId == m.Id)))
        // A vote counts when it was last given or changed: that is when its row says.
        .Participation((db, from, to) => db.PollVotes.Where(v => v.VotedAt >= from && v.VotedAt < to).Select(v => v.MemberId))
        .Retention<ClosedPollCopies>()
        .DeliveryHook<PollDeliveryHook>()
        .CronJob<PollClosingJob, PollsOptions>(PollClosingJob.Key, o => o.CloseCron, "Polls:CloseCron", "Closes the polls whose time has come and sends their results");
}
