using System.Globalization;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using Microsoft.AspNetCore.Mvc;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>One event: who holds a place, who waits and who might come; its fields to edit; and cancelling it.</summary>
public sealed class EventModel(IEventRepository events, DashboardChat dashboardChat, EventTime time, TimeProvider clock) : DashboardPage
{
    public CityEvent? Event { get; private set; }

    public RsvpCounts Counts { get; private set; } = new(0, 0, 0, 0);

    public IReadOnlyList<Attendee> Attendees { get; private set; } = [];

    public bool IsOpen { get; private set; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>The start as a datetime-local field holds it: the city's time.</summary>
    public string StartsLocal => Event is null ? string.Empty : FieldValue(Event.StartsAt);

    /// <summary>What people call the city's time ("Latvian time"), under the start field.</summary>
    public string LocalTimeName => time.LocalTimeName(Language);

    private string FieldValue(DateTimeOffset instant) => time.Local(instant).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await events.FindAsync(id, ct) is not { } cityEvent)
        {
            return NotThere(Domain.Messaging.Markup.ToPlainText(T.EventNotFound), "/dashboard/events");
        }

        Event = cityEvent;
        Counts = await events.CountAsync(id, ct);
        Attendees = await events.ListAttendeesAsync(id, ct);
        Now = clock.GetUtcNow();
        IsOpen = cityEvent.IsOpen(Now);
        return Page();
    }

    /// <summary>Saves the fields as the chat's edit flow does: each checked by the same rules, the changes told to those who answered.</summary>
    public async Task<IActionResult> OnPostSaveAsync(long id, string? title, string? startsAt, string? place, string? description, string? capacity, CancellationToken ct) =>
        After(await dashboardChat.RunAsync(Coordinator.Id, null, async (chat, services) =>
        {
            var t = chat.T;
            var p = P;
            var problems = new List<string>();
            var readTitle = TextInput.ReadTitle(title, t, CityEvent.MaxTitleLength, out var problem);
            Note(problems, p.EventTitle, readTitle, problem);
            // The start as the form showed it keeps the stored instant: in the hour the clocks go back, the local
            // time shown is two instants, and reading it again could move the event by an hour.
            // Read in the unit of work, where ManageEvent finds the same entity again without a second query.
            var stored = await services.GetRequiredService<IEventRepository>().FindAsync(id, ct);
            var reading = stored is not null && startsAt == FieldValue(stored.StartsAt)
                ? new EventTime.Reading(EventTime.ParseProblem.None, stored.StartsAt)
                : time.Read(startsAt ?? string.Empty, chat.Now);
            if (time.Refusal(reading, t, chat.Now) is { } refusal)
            {
                problems.Add($"{p.EventStart}: {refusal}");
            }

            var readPlace = TextInput.Read(place, t, CityEvent.MaxPlaceLength, out problem);
            Note(problems, p.EventPlace, readPlace, problem);
            var readDescription = TextInput.Read(description, t, CityEvent.MaxDescriptionLength, out problem);
            Note(problems, p.EventDescription, readDescription, problem);
            int? limit = null;
            if (!string.IsNullOrWhiteSpace(capacity))
            {
                limit = CityEvent.ReadCapacity(capacity);
                if (limit is null)
                {
                    problems.Add(p.BadCapacity(CityEvent.MaxCapacity));
                }
            }

            if (problems.Count > 0)
            {
                problems.ForEach(p => chat.Reply(p));
                return;
            }

            await services.GetRequiredService<ManageEvent>().SaveAsync(chat, id, new EventFields(readTitle!, reading.StartsAt, readPlace!, readDescription!, limit), ct);
        }, ct), $"/dashboard/events/{id}");

    /// <summary>Cancels the event, once the coordinator has ticked that they mean it; everyone who answered is told.</summary>
    public async Task<IActionResult> OnPostCancelAsync(long id, bool confirm, CancellationToken ct)
    {
        if (!confirm)
        {
            SaidLast = P.CancelNeedsConfirm;
            return Redirect($"/dashboard/events/{id}");
        }

        return After(await dashboardChat.RunAsync(Coordinator.Id, null, (chat, services) =>
            services.GetRequiredService<ManageEvent>().CancelAsync(chat, id, ct), ct), $"/dashboard/events/{id}");
    }

    private static void Note(List<string> problems, string field, string? read, string problem)
    {
        if (read is null)
        {
            problems.Add($"{field}: {problem}");
        }
    }
}
