using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Events;

/// <summary>Shows events as cards with the person's own answer marked; coordinators also see the counts and Edit / Cancel.</summary>
public sealed class EventViewer(IEventRepository events, EventCards cards, EventsOptions options)
{
    public async Task ShowUpcomingAsync(ChatContext chat, CancellationToken ct)
    {
        var upcoming = await events.ListUpcomingAsync(chat.Now, options.ListLimit, ct);
        if (upcoming.Count == 0)
        {
            MainMenu.Show(chat, chat.T.EventsEmpty);
            return;
        }

        var answers = await events.RsvpsOfAsync(chat.Member.Id, upcoming.Select(e => e.Id).ToList(), ct);
        foreach (var cityEvent in upcoming)
        {
            await ShowAsync(chat, cityEvent, answers.GetValueOrDefault(cityEvent.Id), ct);
        }
    }

    /// <summary>One event, as the deep link "/start event_12" opens it.</summary>
    public async Task ShowOneAsync(ChatContext chat, long eventId, CancellationToken ct)
    {
        if (await events.FindAsync(eventId, ct) is not { } cityEvent)
        {
            MainMenu.Show(chat, chat.T.EventNotFound);
            return;
        }

        await ShowAsync(chat, cityEvent, await events.FindRsvpAsync(eventId, chat.Member.Id, ct), ct);
    }

    private async Task ShowAsync(ChatContext chat, CityEvent cityEvent, Rsvp? answer, CancellationToken ct)
    {
        var coordinator = chat.Member.IsCoordinator;
        var counts = await events.CountAsync(cityEvent.Id, ct);
        int? position = answer is { Answer: RsvpAnswer.Going, Waitlisted: true } ? await events.WaitingPositionAsync(answer, ct) : null;
        var open = cityEvent.IsOpen(chat.Now);
        chat.Reply(
            cards.Text(cityEvent, chat.Member.Language, chat.Now, new CardStanding(counts, coordinator, position)),
            open ? EventCards.Buttons(cityEvent, chat.T, answer, coordinator, position) : []);
    }
}
