using System.Globalization;
using System.Text;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Events;

/// <summary>How an event is shown: its text in one language, the answer buttons, and the coordinators' extras.</summary>
public sealed class EventCards(EventTime time)
{
    public string Text(Event @event, Language language, DateTimeOffset now, RsvpCounts? counts = null)
    {
        var t = Phrasebook.For(language);
        var text = new StringBuilder()
            .Append("📅 ").Append(Markup.Bold(Markup.Escape(@event.Title))).Append('\n')
            .Append("🕒 ").Append(time.Format(@event.StartsAt, language));
        if (@event.StartsAt > now)
        {
            text.Append(" (").Append(time.Relative(@event.StartsAt, now, language)).Append(')');
        }

        text.Append("\n📍 ").Append(Markup.Escape(@event.Place));
        if (@event.Capacity is { } capacity)
        {
            text.Append('\n').Append(t.EventPlaces(capacity));
        }

        if (@event.Status == EventStatus.Cancelled)
        {
            text.Append('\n').Append(t.EventCancelledLabel);
        }

        text.Append("\n\n").Append(Markup.Escape(@event.Description));
        if (counts is not null)
        {
            text.Append("\n\n").Append(CultureInfo.InvariantCulture, $"✅ {counts.Going} · 🤔 {counts.Maybe} · ❌ {counts.NotGoing} · ⏳ {counts.Waitlisted}");
        }

        return text.ToString();
    }

    /// <summary>Going / Maybe / Not going (the chosen one marked), Add to calendar, and for coordinators Edit and Cancel.</summary>
    public static IReadOnlyList<IReadOnlyList<Button>> Buttons(Event @event, Phrasebook t, Rsvp? answer, bool coordinator)
    {
        if (@event.Status == EventStatus.Cancelled)
        {
            return [];
        }

        string Mark(RsvpAnswer a, string label) => answer?.Answer == a ? $"• {label} •" : label;
        List<IReadOnlyList<Button>> rows =
        [
            [
                new Button(Mark(RsvpAnswer.Going, t.RsvpGoing), RsvpButtons.Payload(RsvpAnswer.Going, @event.Id)),
                new Button(Mark(RsvpAnswer.Maybe, t.RsvpMaybe), RsvpButtons.Payload(RsvpAnswer.Maybe, @event.Id)),
                new Button(Mark(RsvpAnswer.NotGoing, t.RsvpNotGoing), RsvpButtons.Payload(RsvpAnswer.NotGoing, @event.Id)),
            ],
            [new Button(t.AddToCalendar, CalendarButtons.Payload(@event.Id))],
        ];
        if (coordinator)
        {
            rows.Add([
                new Button(t.EventEdit, EventManageButtons.Payload(EventManageButtons.Edit, @event.Id)),
                new Button(t.EventCancel, EventManageButtons.Payload(EventManageButtons.Cancel, @event.Id)),
            ]);
        }

        return rows;
    }

    /// <summary>The start link that opens this event in a private chat with the bot ("/start event_12").</summary>
    public static string StartParameter(long eventId) => $"event_{eventId.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryReadStartParameter(string argument, out long eventId)
    {
        eventId = 0;
        return argument.StartsWith("event_", StringComparison.Ordinal)
            && long.TryParse(argument["event_".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out eventId);
    }
}
