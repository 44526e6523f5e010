using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Events;

/// <summary>
/// A coordinator's changes to a published event, whether made in the chat (the edit flow, the cancel button)
/// or on the dashboard: who answered hears of them in the same words either way. Checks that the person is a
/// coordinator now, so no path into a change skips the check.
/// </summary>
public sealed class ManageEvent(IEventRepository events, IMemberRepository members, EventCards cards, EventTime time, Announcer announcer)
{
    /// <summary>The event, when the person may change it and it has not begun or been cancelled; otherwise says why and returns null.</summary>
    public async Task<CityEvent?> FindOpenAsync(ChatContext chat, long eventId, CancellationToken ct)
    {
        if (!chat.Member.IsCoordinator)
        {
            chat.Reply(chat.T.CoordinatorsOnly);
            return null;
        }

        if (await events.FindAsync(eventId, ct) is not { } cityEvent)
        {
            MainMenu.Show(chat, chat.T.EventNotFound);
            return null;
        }

        if (!cityEvent.IsOpen(chat.Now))
        {
            MainMenu.Show(chat, chat.T.EventOver);
            return null;
        }

        return cityEvent;
    }

    /// <summary>Saves new fields: a larger capacity gives places to those waiting, and what people see changing is sent to those who answered.</summary>
    public async Task<CityEvent?> SaveAsync(ChatContext chat, long eventId, EventFields fields, CancellationToken ct)
    {
        if (await FindOpenAsync(chat, eventId, ct) is not { } cityEvent)
        {
            return null;
        }

        var counts = await events.CountAsync(eventId, ct);
        var before = EventFields.Of(cityEvent);
        var changes = cityEvent.Update(fields.Title, fields.StartsAt, fields.Place, fields.Description, fields.Capacity, chat.Now);
        if (changes.HasFlag(EventChanges.Capacity) && counts.Waitlisted > 0)
        {
            var free = cityEvent.Capacity is { } capacity ? capacity - counts.Going : counts.Waitlisted;
            if (free > 0)
            {
                await RsvpButtons.PromoteNextAsync(chat, cityEvent, events, members, ct, free);
            }
        }

        if ((changes & ~EventChanges.Capacity) != EventChanges.None)
        {
            announcer.Start(chat, BroadcastKind.EventChanged, AudienceKind.EventAttendees, cityEvent.Id, language =>
                Announcement(cityEvent, language, chat.Now) with
                {
                    Text = $"{Texts.Phrasebook.For(language).EventChangedNotice}\n{string.Join('\n', cards.Changes(before, EventFields.Of(cityEvent), language))}\n\n{cards.Text(cityEvent, language, chat.Now)}",
                },
                reportTo: null);
        }

        MainMenu.Show(chat, chat.T.EventSaved(cityEvent.Id));
        return cityEvent;
    }

    /// <summary>Cancels the event and tells everyone who answered it.</summary>
    public async Task<CityEvent?> CancelAsync(ChatContext chat, long eventId, CancellationToken ct)
    {
        if (await FindOpenAsync(chat, eventId, ct) is not { } cityEvent)
        {
            return null;
        }

        cityEvent.Cancel(chat.Now);
        announcer.Start(chat, BroadcastKind.EventCancelled, AudienceKind.EventAttendees, eventId, language =>
            new OutboundTemplate(Texts.Phrasebook.For(language).EventCancelledNotice(Markup.Escape(cityEvent.Title), time.Moment(cityEvent.StartsAt))),
            reportTo: null);
        MainMenu.Show(chat, chat.T.EventCancelledDone(eventId));
        return cityEvent;
    }

    /// <summary>The event as subscribers get it: the card with the answer buttons.</summary>
    public OutboundTemplate Announcement(CityEvent cityEvent, Language language, DateTimeOffset now) =>
        new(cards.Text(cityEvent, language, now)) { Buttons = EventCards.Buttons(cityEvent, Texts.Phrasebook.For(language), answer: null, coordinator: false) };
}
