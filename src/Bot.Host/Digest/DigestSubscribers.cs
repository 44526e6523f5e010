using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Broadcasts;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Digest;

/// <summary>Everyone who consented and keeps the weekly digest on.</summary>
internal sealed class DigestSubscribers : IAudience
{
    public AudienceKind Kind => AudienceKind.DigestSubscribers;

    public IQueryable<Member> Of(BotDbContext db, IQueryable<Member> reachable, long? eventId, long? subjectId) =>
        reachable.Where(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.WeeklyDigest) != 0);
}
