using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Broadcasts;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Polls;

/// <summary>Everyone who voted in one poll (the broadcast's subject): its results go to them.</summary>
internal sealed class PollVoters : IAudience
{
    public AudienceKind Kind => AudienceKind.PollVoters;

    public IQueryable<Member> Of(BotDbContext db, IQueryable<Member> reachable, long? eventId, long? subjectId) =>
        reachable.Where(m => db.PollVotes.Any(v => v.PollId == subjectId && v.MemberId == m.Id));
}
