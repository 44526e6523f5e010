using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Digest;

/// <summary>The digest's host side: what it reports, the periods issued, its schedule and its subscribers.</summary>
public sealed class DigestModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Settings<DigestOptions>(DigestOptions.SectionName)
        .Port<IDigestSource, DigestSource>()
        .Port<IDigestIssues, DigestIssues>()
        .Shares<IDigestSchedule, DigestSchedule>()
        .Audience<DigestSubscribers>()
        // Also once at start, so a digest missed while the bot was down goes out now (once: the period is recorded).
        .CronJob<WeeklyDigestJob, DigestOptions>(WeeklyDigestJob.Key, o => o.Cron, "Digest:Cron", "Sends the weekly digest once per scheduled period", alsoAtStart: true);
}
