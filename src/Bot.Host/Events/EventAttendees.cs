using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Broadcasts;
using GenYCity.Bot.Host.Persistence;

namespace GenYCity.Bot.Host.Events;

/// <summary>Everyone who answered Going or Maybe to one event.</summary>
internal sealed class EventAttendees : IAudience
{
    public AudienceKind Kind => AudienceKind.EventAttendees;

    public IQueryable<Member> Of(BotDbContext db, IQueryable<Member> reachable, long? eventId, long? subjectId) =>
        reachable.Where(m => db.Rsvps.Any(r => r.EventId == eventId && r.MemberId == m.Id && (r.Answer == RsvpAnswer.Going || r.Answer == RsvpAnswer.Maybe)));
}
