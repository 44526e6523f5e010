using GenYCity.Bot.Domain.Polls;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Polls;

/// <summary>The polls' host side: their tables, votes in /mydata, the voters as an audience, the closing job, and the copies' delivery.</summary>
public sealed class PollsModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Port<IPollRepository, PollRepository>()
        .PersonalData<PollsPersonalData>()
        .Audience<PollVoters>()
        .Participation<PollVoting>()
        .Retention<ClosedPollCopies>()
        .DeliveryHook<PollDeliveryHook>()
        .CronJob<PollClosingJob, PollsOptions>(PollClosingJob.Key, o => o.CloseCron, "Polls:CloseCron", "Closes the polls whose time has come and sends their results");
}
