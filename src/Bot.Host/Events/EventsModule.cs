using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Host.Configuration;

namespace GenYCity.Bot.Host.Events;

/// <summary>The events' host side: their tables, answers in /mydata, attendees as an audience, answering as taking part, and the reminders.</summary>
public sealed class EventsModule : IFeatureModule
{
    public void Register(FeatureModuleBuilder module) => module
        .Port<IEventRepository, EventRepository>()
        .PersonalData<EventsPersonalData>()
        .Audience<EventAttendees>()
        .Participation<EventAnswering>()
        .CronJob<EventReminderJob, EventsOptions>(EventReminderJob.Key, o => o.ReminderCron, "Events:ReminderCron", "Sends the event reminders that are due");
}
