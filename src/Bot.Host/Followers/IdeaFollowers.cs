using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Broadcasts;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Followers;

/// <summary>Everyone following one idea (the broadcast's subject) who keeps idea news on.</summary>
internal sealed class IdeaFollowers : IAudience
{
    public AudienceKind Kind => AudienceKind.IdeaFollowers;

    public IQueryable<Member> Of(BotDbContext db, IQueryable<Member> reachable, long? eventId, long? subjectId) =>
        reachable.Where(m => m.Consent == ConsentStatus.Given && (m.Subscriptions & Subscriptions.IdeaNews) != 0
            && db.IdeaFollows.Any(f => f.IdeaId == subjectId && f.MemberId == m.Id));
}
