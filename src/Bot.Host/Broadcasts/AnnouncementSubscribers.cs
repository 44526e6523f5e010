using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Broadcasts;

/// <summary>Everyone who consented and keeps announcements on.</summary>
internal sealed class AnnouncementSubscribers : IAudience
{
    public AudienceKind Kind => AudienceKind.AnnouncementSubscribers;

    public IQueryable<Member> Of(BotDbContext db, IQueryable<Member> reachable, long? eventId, long? subjectId) =>
        reachable.Where(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.Announcements) != 0);
}
