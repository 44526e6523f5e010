using System.Globalization;
using System.Text;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Events;

/// <summary>How an event is shown: its text in one language, the answer buttons, and the coordinators' extras.</summary>
public sealed class EventCards(EventTime time)
{
    /// <summary>The card's text; without a <paramref name="standing"/> (an announcement to many) it shows the capacity only.</summary>
    public string Text(CityEvent cityEvent, Language language, DateTimeOffset now, CardStanding? standing = null)
    {
        var t = Phrasebook.For(language);
        var text = new StringBuilder()
            .Append("📅 ").Append(Markup.Bold(Markup.Escape(cityEvent.Title))).Append('\n')
            .Append("🕒 ").Append(time.Format(cityEvent.StartsAt, language));
        if (cityEvent.StartsAt > now)
        {
            text.Append(" (").Append(time.Relative(cityEvent.StartsAt, now, language)).Append(')');
        }

        text.Append("\n📍 ").Append(Markup.Escape(cityEvent.Place));
        if (cityEvent.Capacity is { } capacity)
        {
            var free = capacity - (standing?.Counts.Going ?? 0);
            text.Append('\n').Append(standing switch
            {
                null => t.EventPlaces(capacity),
                _ when free > 0 => t.EventPlacesFree(capacity, free),
                _ => t.EventPlacesFull(capacity, standing.Counts.Waitlisted),
            });
        }

        if (standing?.WaitingPosition is { } position)
        {
            text.Append('\n').Append(t.RsvpOnWaitingList(position));
        }

        if (cityEvent.Status == EventStatus.Cancelled)
        {
            text.Append('\n').Append(t.EventCancelledLabel);
        }

        text.Append("\n\n").Append(Markup.Escape(cityEvent.Description));
        if (standing is { Coordinator: true, Counts: var counts })
        {
            text.Append("\n\n").Append(CultureInfo.InvariantCulture, $"✅ {counts.Going} · 🤔 {counts.Maybe} · ❌ {counts.NotGoing} · ⏳ {counts.Waitlisted}");
        }

        return text.ToString();
    }

    /// <summary>
    /// Going / Maybe / Not going (the chosen one marked; for a person on the waiting list, Going shows their
    /// place in line), Add to calendar, and for coordinators Who's coming, Edit and Cancel.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Button>> Buttons(CityEvent cityEvent, Phrasebook t, Rsvp? answer, bool coordinator, int? waitingPosition = null)
    {
        if (cityEvent.Status == EventStatus.Cancelled)
        {
            return [];
        }

        string Mark(RsvpAnswer a, string label) => answer?.Answer == a ? $"• {label} •" : label;
        List<IReadOnlyList<Button>> rows =
        [
            [
                new Button(
                    answer is { Answer: RsvpAnswer.Going, Waitlisted: true } && waitingPosition is { } position ? t.RsvpWaitingLabel(position) : Mark(RsvpAnswer.Going, t.RsvpGoing),
                    RsvpButtons.Payload(RsvpAnswer.Going, cityEvent.Id)),
                new Button(Mark(RsvpAnswer.Maybe, t.RsvpMaybe), RsvpButtons.Payload(RsvpAnswer.Maybe, cityEvent.Id)),
                new Button(Mark(RsvpAnswer.NotGoing, t.RsvpNotGoing), RsvpButtons.Payload(RsvpAnswer.NotGoing, cityEvent.Id)),
            ],
            [new Button(t.AddToCalendar, CalendarButtons.Payload(cityEvent.Id))],
        ];
        if (coordinator)
        {
            rows.Add([new Button(t.EventWhoIsComing, EventManageButtons.Payload(EventManageButtons.WhoIsComing, cityEvent.Id))]);
            rows.Add([
                new Button(t.EventEdit, EventManageButtons.Payload(EventManageButtons.Edit, cityEvent.Id)),
                new Button(t.EventCancel, EventManageButtons.Payload(EventManageButtons.Cancel, cityEvent.Id)),
            ]);
        }

        return rows;
    }

    /// <summary>What differs between two versions of an event, a line per field ("• Time: … → …"); empty when nothing does.</summary>
    public IReadOnlyList<string> Changes(EventFields before, EventFields after, Language language)
    {
        var t = Phrasebook.For(language);
        string Places(int? capacity) => capacity?.ToString(CultureInfo.InvariantCulture) ?? t.NoLimit;
        var lines = new List<string>();
        if (before.Title != after.Title)
        {
            lines.Add(t.EventChangeLine(t.ChangeTitle, Markup.Escape(before.Title), Markup.Escape(after.Title)));
        }

        if (before.StartsAt != after.StartsAt)
        {
            lines.Add(t.EventChangeLine(t.ChangeTime, time.FormatInSentence(before.StartsAt, language), time.FormatInSentence(after.StartsAt, language)));
        }

        if (before.Place != after.Place)
        {
            lines.Add(t.EventChangeLine(t.ChangePlace, Markup.Escape(before.Place), Markup.Escape(after.Place)));
        }

        if (before.Description != after.Description)
        {
            lines.Add($"• {t.ChangeDescription}: {t.EventDescriptionChanged}");
        }

        if (before.Capacity != after.Capacity)
        {
            lines.Add(t.EventChangeLine(t.ChangeCapacity, Places(before.Capacity), Places(after.Capacity)));
        }

        return lines;
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
