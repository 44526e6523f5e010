using System.Globalization;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Events;

/// <summary>Edit and Cancel on an event card ("ev:edit:12", "ev:cancel:12"), for coordinators.</summary>
public sealed class EventManageButtons(
    IEventRepository events, NewEventFlow editor, ManageEvent manage) : ButtonHandler<ActionPress>
{
    public const string Prefix = "ev";
    public const string Edit = "edit";
    public const string Cancel = "cancel";
    public const string ConfirmCancel = "cancelyes";
    public const string KeepEvent = "cancelno";
    public const string WhoIsComing = "who";

    public static readonly ButtonData<ActionPress> Buttons = ButtonData.ActionAndId(Prefix, Edit, Cancel, ConfirmCancel, KeepEvent, WhoIsComing);

    public override bool NeedsConsent => false;

    public override Audience Audience => Audience.Coordinators;

    protected override ButtonData<ActionPress> Data => Buttons;

    protected override bool StartsFlow(ActionPress press) => press.Action == Edit;

    public static string Payload(string action, long eventId) => Buttons.Pack(new ActionPress(action, eventId));

    protected override async Task HandleAsync(ChatContext chat, ActionPress press, CancellationToken ct)
    {
        var eventId = press.Id;
        if (await events.FindAsync(eventId, ct) is not { } cityEvent)
        {
            MainMenu.Show(chat, chat.T.EventNotFound);
            return;
        }

        if (press.Action == WhoIsComing)
        {
            // At the door, too: the list is there after the start and for a cancelled event.
            chat.Reply(Attendees(cityEvent, await events.ListAttendeesAsync(eventId, ct), await events.CountAsync(eventId, ct), chat.T));
            return;
        }

        if (!cityEvent.IsOpen(chat.Now))
        {
            MainMenu.Show(chat, chat.T.EventOver);
            return;
        }

        switch (press.Action)
        {
            case Edit:
                await editor.BeginEditAsync(chat, cityEvent, ct);
                break;
            case Cancel:
                chat.Reply(chat.T.EventCancelConfirm(Markup.Escape(cityEvent.Title)),
                [[new Button(chat.T.EventCancelYes, Payload(ConfirmCancel, eventId)), new Button(chat.T.EventCancelNo, Payload(KeepEvent, eventId))]]);
                break;
            case ConfirmCancel:
                chat.RetireSourceButtons();
                await manage.CancelAsync(chat, eventId, ct);
                break;
            case KeepEvent:
                chat.RetireSourceButtons();
                MainMenu.Show(chat, chat.T.EventKept(Markup.Escape(cityEvent.Title)));
                break;
        }
    }

    /// <summary>Who holds a place, who waits (in the order places go), who might come, by the names the platform gave.</summary>
    public static string Attendees(CityEvent cityEvent, IReadOnlyList<Attendee> attendees, RsvpCounts counts, Texts.Phrasebook t)
    {
        var text = new System.Text.StringBuilder(Markup.Bold(t.AttendeesHeader(Markup.Escape(cityEvent.Title))));
        if (attendees.Count == 0 && counts.NotGoing == 0)
        {
            return text.Append('\n').Append(t.AttendeesNone).ToString();
        }

        void Group(string heading, IEnumerable<Attendee> group)
        {
            var people = group.ToList();
            if (people.Count == 0)
            {
                return;
            }

            text.Append("\n\n").Append(heading);
            for (var i = 0; i < people.Count; i++)
            {
                var member = people[i].Member;
                text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. ").Append(Markup.Escape(member.DisplayName ?? t.NoName(member.Id)));
            }
        }

        Group(t.AttendeesGoing(counts.Going), attendees.Where(a => a.Answer.HasPlace));
        Group(t.AttendeesWaiting(counts.Waitlisted), attendees.Where(a => a.Answer is { Answer: RsvpAnswer.Going, Waitlisted: true }));
        Group(t.AttendeesMaybe(counts.Maybe), attendees.Where(a => a.Answer.Answer == RsvpAnswer.Maybe));
        if (counts.NotGoing > 0)
        {
            text.Append("\n\n").Append(t.AttendeesNotGoing(counts.NotGoing));
        }

        return text.ToString();
    }
}
