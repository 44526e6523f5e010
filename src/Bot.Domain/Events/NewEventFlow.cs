using System.Globalization;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Events;

public enum EventStep
{
    Title,
    Start,
    Place,
    Description,
    Capacity,
    Preview,
    EditChoice,
}

/// <summary>An event being written or edited, stored with the conversation after every step.</summary>
public sealed class EventDraft
{
    public string Key { get; init; } = string.Empty;

    /// <summary>Set when an existing event is being edited.</summary>
    public long? EventId { get; init; }

    /// <summary>The event as it was when editing began, so the preview can say what changes.</summary>
    public EventFields? Before { get; init; }

    public string? Title { get; set; }

    public DateTimeOffset? StartsAt { get; set; }

    public string? Place { get; set; }

    public string? Description { get; set; }

    public int? Capacity { get; set; }

    public bool Editing { get; set; }
}

/// <summary>
/// /newevent (coordinators): title → date and time → place → description → capacity → preview with
/// Publish / Edit / Cancel. Editing an event later runs the same steps from its preview, with Save.
/// </summary>
public sealed class NewEventFlow(
    IEventRepository events, IMemberRepository members, EventCards cards, EventTime time, Announcer announcer) : IFlow, ICommand
{
    public const string FlowName = "event";

    public string Name => FlowName;

    public CommandInfo Info => CommandCatalog.NewEvent;

    public static string Payload(string action) => $"{FlowName}:{action}";

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var draft = new EventDraft { Key = Guid.NewGuid().ToString("N")[..16] };
        chat.BeginConversation(FlowName, nameof(EventStep.Title), draft);
        Ask(chat, EventStep.Title, draft);
        return Task.CompletedTask;
    }

    /// <summary>Starts editing an existing event: first the choice of what to change.</summary>
    public void BeginEdit(ChatContext chat, Event @event)
    {
        var draft = new EventDraft
        {
            Key = Guid.NewGuid().ToString("N")[..16],
            EventId = @event.Id,
            Before = EventFields.Of(@event),
            Title = @event.Title,
            StartsAt = @event.StartsAt,
            Place = @event.Place,
            Description = @event.Description,
            Capacity = @event.Capacity,
        };
        chat.BeginConversation(FlowName, nameof(EventStep.EditChoice), draft);
        Ask(chat, EventStep.EditChoice, draft);
    }

    public async Task HandleAsync(ChatContext chat, Conversation conversation, CancellationToken ct)
    {
        var draft = conversation.ReadDraft<EventDraft>();
        var step = conversation.StepAs<EventStep>();
        var action = chat.Message is { Kind: InboundKind.Button, Payload: { } p } && p.StartsWith(FlowName + ":", StringComparison.Ordinal)
            ? p[(FlowName.Length + 1)..]
            : null;
        if (action == "cancel")
        {
            chat.EndConversation();
            chat.RetireSourceButtons();
            MainMenu.Show(chat, chat.T.Cancelled);
            return;
        }

        // Changing one field from the preview: Keep leaves it as it was.
        if (action == "keep" && draft.Editing)
        {
            chat.RetireSourceButtons();
            draft.Editing = false;
            MoveTo(chat, conversation, draft, EventStep.Preview);
            return;
        }

        switch (step)
        {
            case EventStep.Title:
                OnText(chat, conversation, draft, step, Event.MaxTitleLength, text => draft.Title = text);
                break;
            case EventStep.Start:
                OnStart(chat, conversation, draft);
                break;
            case EventStep.Place:
                OnText(chat, conversation, draft, step, Event.MaxPlaceLength, text => draft.Place = text);
                break;
            case EventStep.Description:
                OnText(chat, conversation, draft, step, Event.MaxDescriptionLength, text => draft.Description = text);
                break;
            case EventStep.Capacity:
                OnCapacity(chat, conversation, draft, action);
                break;
            case EventStep.Preview when action == $"publish:{draft.Key}" && (draft.Before is null || Fields(draft) != draft.Before):
                await PublishAsync(chat, draft, ct);
                break;
            case EventStep.Preview when action == "edit":
                chat.RetireSourceButtons();
                MoveTo(chat, conversation, draft, EventStep.EditChoice);
                break;
            case EventStep.EditChoice when EditTarget(action) is { } field:
                chat.RetireSourceButtons();
                draft.Editing = field != EventStep.Preview;
                MoveTo(chat, conversation, draft, field);
                break;
            default:
                Ask(chat, step, draft, chat.T.InputUseButtons);
                break;
        }
    }

    private void OnText(ChatContext chat, Conversation conversation, EventDraft draft, EventStep step, int maxLength, Action<string> keep)
    {
        var text = step == EventStep.Title ? TextInput.ReadTitle(chat, maxLength, out var problem) : TextInput.Read(chat, maxLength, out problem);
        if (text is null)
        {
            Ask(chat, step, draft, problem);
            return;
        }

        keep(text);
        Advance(chat, conversation, draft, step);
    }

    private void OnStart(ChatContext chat, Conversation conversation, EventDraft draft)
    {
        if (TextInput.Read(chat, 40, out var problem) is not { } text)
        {
            Ask(chat, EventStep.Start, draft, problem);
            return;
        }

        var reading = time.Read(text, chat.Now);
        switch (reading.Problem)
        {
            case EventTime.ParseProblem.Unreadable:
                Ask(chat, EventStep.Start, draft, chat.T.InputBadDate(time.Example(chat.Now).Local));
                return;
            case EventTime.ParseProblem.NoSuchDate:
                Ask(chat, EventStep.Start, draft, chat.T.InputNoSuchDate(reading.Day, reading.Month, reading.Year));
                return;
            case EventTime.ParseProblem.NoTime:
                Ask(chat, EventStep.Start, draft, chat.T.InputNoTime);
                return;
            case EventTime.ParseProblem.DoesNotExist:
                Ask(chat, EventStep.Start, draft, chat.T.InputNoSuchTime);
                return;
            case EventTime.ParseProblem.InThePast:
                Ask(chat, EventStep.Start, draft, chat.T.InputPastDate);
                return;
        }

        draft.StartsAt = reading.StartsAt;
        Advance(chat, conversation, draft, EventStep.Start);
    }

    private void OnCapacity(ChatContext chat, Conversation conversation, EventDraft draft, string? action)
    {
        if (action == "nolimit")
        {
            draft.Capacity = null;
            chat.RetireSourceButtons();
        }
        else if (chat.Message.Kind == InboundKind.Text
            && int.TryParse(chat.Message.Text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var capacity)
            && capacity is >= 1 and <= Event.MaxCapacity)
        {
            draft.Capacity = capacity;
        }
        else
        {
            Ask(chat, EventStep.Capacity, draft, chat.T.InputBadNumber(Event.MaxCapacity));
            return;
        }

        Advance(chat, conversation, draft, EventStep.Capacity);
    }

    private async Task PublishAsync(ChatContext chat, EventDraft draft, CancellationToken ct)
    {
        // The time may have passed while the draft waited.
        if (draft.StartsAt is not { } startsAt || startsAt <= chat.Now)
        {
            chat.Conversation!.MoveTo(nameof(EventStep.Start), draft, chat.Now);
            Ask(chat, EventStep.Start, draft, chat.T.InputPastDate);
            return;
        }

        chat.EndConversation();
        chat.RetireSourceButtons();
        if (draft.EventId is { } id)
        {
            await SaveChangesAsync(chat, id, draft, ct);
            return;
        }

        var @event = Event.Publish(draft.Title!, startsAt, draft.Place!, draft.Description!, draft.Capacity, chat.Member, chat.Now);
        await events.AddAsync(@event, ct);
        announcer.Start(chat, BroadcastKind.EventPublished, AudienceKind.AnnouncementSubscribers, @event.Id, language => Announcement(@event, language, chat.Now), reportTo: chat.Member);
        announcer.CrossPost(chat, new OutboundTemplate(cards.Text(@event, announcer.CityLanguage, chat.Now))
        {
            Buttons = [[new Button(announcer.CityPhrases.OpenInBot, EventCards.StartParameter(@event.Id), ButtonKind.StartLink)]],
        });
        MainMenu.Show(chat, chat.T.EventPublished(@event.Id));
    }

    private async Task SaveChangesAsync(ChatContext chat, long eventId, EventDraft draft, CancellationToken ct)
    {
        if (await events.FindAsync(eventId, ct) is not { } @event || !@event.IsOpen(chat.Now))
        {
            MainMenu.Show(chat, chat.T.EventOver);
            return;
        }

        var counts = await events.CountAsync(eventId, ct);
        var before = EventFields.Of(@event);
        var changes = @event.Update(draft.Title!, draft.StartsAt!.Value, draft.Place!, draft.Description!, draft.Capacity, chat.Now);
        if (changes.HasFlag(EventChanges.Capacity) && counts.Waitlisted > 0)
        {
            var free = @event.Capacity is { } capacity ? capacity - counts.Going : counts.Waitlisted;
            if (free > 0)
            {
                await RsvpButtons.PromoteNextAsync(chat, @event, events, members, ct, free);
            }
        }

        if ((changes & ~EventChanges.Capacity) != EventChanges.None)
        {
            announcer.Start(chat, BroadcastKind.EventChanged, AudienceKind.EventAttendees, @event.Id, language =>
                Announcement(@event, language, chat.Now) with
                {
                    Text = $"{Texts.Phrasebook.For(language).EventChangedNotice}\n{string.Join('\n', cards.Changes(before, EventFields.Of(@event), language))}\n\n{cards.Text(@event, language, chat.Now)}",
                },
                reportTo: null);
        }

        MainMenu.Show(chat, chat.T.EventSaved(@event.Id));
    }

    /// <summary>The event as subscribers get it: the card with the answer buttons.</summary>
    private OutboundTemplate Announcement(Event @event, Language language, DateTimeOffset now) =>
        new(cards.Text(@event, language, now)) { Buttons = EventCards.Buttons(@event, Texts.Phrasebook.For(language), answer: null, coordinator: false) };

    public string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) =>
        conversation.ReadDraft<EventDraft>().Title is { Length: > 0 } title ? t.DraftEvent(Markup.Escape(title)) : null;

    public Task ResumeAsync(ChatContext chat, Conversation conversation, CancellationToken ct)
    {
        Ask(chat, conversation.StepAs<EventStep>(), conversation.ReadDraft<EventDraft>());
        return Task.CompletedTask;
    }

    private static EventFields Fields(EventDraft draft) =>
        new(draft.Title!, draft.StartsAt!.Value, draft.Place!, draft.Description!, draft.Capacity);

    private static EventStep? EditTarget(string? action) => action switch
    {
        "edit:title" => EventStep.Title,
        "edit:start" => EventStep.Start,
        "edit:place" => EventStep.Place,
        "edit:description" => EventStep.Description,
        "edit:capacity" => EventStep.Capacity,
        "edit:back" => EventStep.Preview,
        _ => null,
    };

    private void Advance(ChatContext chat, Conversation conversation, EventDraft draft, EventStep done)
    {
        var next = draft.Editing ? EventStep.Preview : done + 1;
        draft.Editing = false;
        MoveTo(chat, conversation, draft, next);
    }

    private void MoveTo(ChatContext chat, Conversation conversation, EventDraft draft, EventStep step)
    {
        conversation.MoveTo(step.ToString(), draft, chat.Now);
        Ask(chat, step, draft);
    }

    private void Ask(ChatContext chat, EventStep step, EventDraft draft, string? problem = null)
    {
        var t = chat.T;
        var prefix = problem is null ? string.Empty : problem + "\n\n";
        var cancel = new Button(t.CancelLabel, Payload("cancel"));
        var language = chat.Member.Language;
        IReadOnlyList<Button> last = draft.Editing ? [new Button(t.KeepAsIs, Payload("keep")), cancel] : [cancel];
        string Now(string? value) => draft.Editing && value is not null ? t.EditCurrent(value) + "\n\n" : string.Empty;
        switch (step)
        {
            case EventStep.Title:
                chat.Ask(prefix + Now(Markup.Escape(draft.Title ?? string.Empty)) + t.EventAskTitle(Event.MaxTitleLength), [last]);
                break;
            case EventStep.Start:
                var (example, iso) = time.Example(chat.Now);
                chat.Ask(prefix + Now(draft.StartsAt is { } startsAt ? time.Format(startsAt, language) : null) + t.EventAskStart(time.LocalTimeName(language), example, iso), [last]);
                break;
            case EventStep.Place:
                chat.Ask(prefix + Now(Markup.Escape(draft.Place ?? string.Empty)) + t.EventAskPlace(Event.MaxPlaceLength), [last]);
                break;
            case EventStep.Description:
                chat.Ask(prefix + Now(Markup.Escape(draft.Description ?? string.Empty)) + t.EventAskDescription(Event.MaxDescriptionLength), [last]);
                break;
            case EventStep.Capacity:
                chat.Ask(
                    prefix + Now(draft.Capacity?.ToString(CultureInfo.InvariantCulture) ?? t.NoLimit) + t.EventAskCapacity,
                    [[new Button(t.NoLimit, Payload("nolimit")), .. last]]);
                break;
            case EventStep.Preview:
                var fields = Fields(draft);
                var preview = Event.Publish(fields.Title, fields.StartsAt, fields.Place, fields.Description, fields.Capacity, chat.Member, chat.Now);
                var card = $"{prefix}{t.EventPreviewHeader}\n\n{cards.Text(preview, language, chat.Now)}\n\n";
                var edit = new Button(t.IdeaEdit, Payload("edit"));
                if (draft.Before is null)
                {
                    chat.Reply(card + t.EventPreviewQuestion, [[new Button(t.EventPublish, Payload($"publish:{draft.Key}"))], [edit, cancel]]);
                }
                else if (cards.Changes(draft.Before, fields, language) is { Count: > 0 } changes)
                {
                    chat.Reply(
                        $"{card}{t.EventChangesHeader}\n{string.Join('\n', changes)}\n\n{t.EventSaveQuestion}",
                        [[new Button(t.EventSave, Payload($"publish:{draft.Key}"))], [edit, cancel]]);
                }
                else
                {
                    chat.Reply(card + t.EventNothingChanged, [[edit, cancel]]);
                }

                break;
            case EventStep.EditChoice:
                var heading = draft is { EventId: { } id, Before: { } saved } ? t.EventEditing(id, Markup.Escape(saved.Title)) + "\n" : string.Empty;
                chat.Reply(prefix + heading + t.IdeaEditWhich,
                [
                    [new Button(t.IdeaFieldTitle, Payload("edit:title")), new Button(t.EventFieldStart, Payload("edit:start"))],
                    [new Button(t.EventFieldPlace, Payload("edit:place")), new Button(t.IdeaFieldDescription, Payload("edit:description"))],
                    [new Button(t.EventFieldCapacity, Payload("edit:capacity")), new Button(t.Back, Payload("edit:back"))],
                ]);
                break;
        }
    }
}
