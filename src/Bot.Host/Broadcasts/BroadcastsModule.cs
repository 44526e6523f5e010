using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Broadcasts;

/// <summary>The broadcasts' host side: their table, who an audience is, and the announcements' audience.</summary>
public sealed class BroadcastsModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Shares<Audiences, Audiences>()
        .Port<IBroadcastRepository, BroadcastRepository>()
        .PersonalData<BroadcastsPersonalData>()
        .Audience(AudienceKind.AnnouncementSubscribers, (db, reachable, eventId, subjectId) =>
            reachable.Where(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.Announcements) != 0));
}
