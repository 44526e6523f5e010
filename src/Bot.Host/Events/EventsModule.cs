using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Events;

/// <summary>The events' host side: their tables, answers in /mydata, attendees as an audience, answering as taking part, and the reminders.</summary>
public sealed class EventsModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Port<IEventRepository, EventRepository>()
        .PersonalData<EventsPersonalData>()
        // Everyone who answered Going or Maybe to the event.
        .Audience(AudienceKind.EventAttendees, (db, reachable, eventId, subjectId) =>
            reachable.Where(m => db.Rsvps.Any(r => r.EventId == eventId && r.MemberId == m.Id && (r.Answer == RsvpAnswer.Going || r.Answer == RsvpAnswer.Maybe))))
        // An answer counts when it was last given or changed: that is when its row says.
        .Participation((db, from, to) => db.Rsvps.Where(r => r.AnsweredAt >= from && r.AnsweredAt < to).Select(r => r.MemberId))
        .CronJob<EventReminderJob, EventsOptions>(EventReminderJob.Key, o => o.ReminderCron, "Events:ReminderCron", "Sends the event reminders that are due");
}
