using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Events;

/// <summary>
/// What reminders are due now: a day before (to Going and Maybe) and an hour before (to Going). The
/// database decides, not the clock of the job: each (event, member, kind, start time) is recorded as it is
/// enqueued, so a job that fires twice or late sends each once, and a new start time arms them again.
/// A job that runs late, inside the last hour, sends only the hour reminder.
/// </summary>
public sealed class DueReminders(IEventRepository events, EventTime time, TimeProvider clock)
{
    public static readonly TimeSpan DayBefore = TimeSpan.FromHours(24);
    public static readonly TimeSpan HourBefore = TimeSpan.FromHours(1);

    public async Task<IReadOnlyList<OutboundMessage>> EnqueueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var messages = new List<OutboundMessage>();
        foreach (var cityEvent in await events.ListStartingAsync(now, now + DayBefore, ct))
        {
            var (kind, answers, answeredBefore) = cityEvent.StartsAt - now <= HourBefore
                ? (ReminderKind.HourBefore, (RsvpAnswer[])[RsvpAnswer.Going], cityEvent.StartsAt)
                // Someone who answered inside the last day has just seen the event: no day-before reminder.
                : (ReminderKind.DayBefore, [RsvpAnswer.Going, RsvpAnswer.Maybe], cityEvent.StartsAt - DayBefore);

            foreach (var member in await events.ListAwaitingReminderAsync(cityEvent, kind, answers, answeredBefore, ct))
            {
                events.AddReminder(new EventReminder(cityEvent.Id, member.Id, kind, cityEvent.StartsAt, now));
                messages.Add(Reminder(cityEvent, member, now));
            }
        }

        return messages;
    }

    private OutboundMessage Reminder(CityEvent cityEvent, Member member, DateTimeOffset now)
    {
        var t = Phrasebook.For(member.Language);
        var when = time.RelativeWithTime(cityEvent.StartsAt, now, member.Language);
        var text = t.Reminder(Markup.Escape(cityEvent.Title), when, time.Format(cityEvent.StartsAt, member.Language), Markup.Escape(cityEvent.Place));
        return new OutboundMessage(new Recipient(member.Channel, member.ChatId), text)
        {
            Buttons = [[new Button(t.AddToCalendar, CalendarButtons.Payload(cityEvent.Id))]],
            Lane = DeliveryLane.Broadcast,
            // Reminders go only to Going and Maybe: on Messenger they may go outside the 24-hour window.
            Purpose = MessagePurpose.ConfirmedEventReminder,
            Template = WindowTemplate.Of(WindowTemplate.Reminder, text, ("title", Markup.Escape(cityEvent.Title)), ("when", when), ("place", Markup.Escape(cityEvent.Place))),
        };
    }
}
