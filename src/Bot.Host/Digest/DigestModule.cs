using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Digest;

/// <summary>The digest's host side: what it reports, the periods issued, its schedule, its subscribers and its job.</summary>
public sealed class DigestModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Settings<DigestOptions>(DigestOptions.SectionName)
        .Port<IDigestSource, DigestSource>()
        .Port<IDigestIssues, DigestIssues>()
        .Shares<IDigestSchedule, DigestSchedule>()
        .Audience(AudienceKind.DigestSubscribers, (db, reachable, eventId, subjectId) =>
            reachable.Where(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.WeeklyDigest) != 0))
        // Also once at start, so a digest missed while the bot was down goes out now (once: the period is recorded).
        .CronJob<WeeklyDigestJob, DigestOptions>(WeeklyDigestJob.Key, o => o.Cron, "Digest:Cron", "Sends the weekly digest once per scheduled period", alsoAtStart: true);
}
