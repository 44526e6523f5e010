using System.Globalization;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Events;

/// <summary>
/// /newevent (coordinators): title → date and time → place → description → capacity → preview with
/// Publish / Edit / Cancel. Editing an event later runs the same steps from its preview, with Save.
/// </summary>
public sealed class NewEventFlow(
    IEventRepository events, EventCards cards, EventTime time, Announcer announcer, ManageEvent manage)
    : GuidedFlow<EventDraft, EventStep>(FlowName), ICommand
{
    public const string FlowName = "event";

    /// <summary>/newevent in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("newevent", Audience.Coordinators, false, 160, p => p.CmdNewEvent, p => p.MenuNewEvent);

    public CommandInfo Info => Command;

    protected override EventStep? PreviewStep => EventStep.Preview;

    protected override EventStep? EditStep => EventStep.EditChoice;

    public static string Payload(string action) => $"{FlowName}:{action}";

    protected override IReadOnlyList<FlowStep<EventDraft, EventStep>> DeclareSteps() =>
    [
        FlowSteps.Text<EventDraft, EventStep>(EventStep.Title, t => t.EventAskTitle(CityEvent.MaxTitleLength), TextInput.Title(CityEvent.MaxTitleLength), (d, text) => d.Title = text, d => d.Title, t => t.FieldTitle),
        new()
        {
            Id = EventStep.Start,
            EditLabel = t => t.EventFieldStart,
            Current = turn => turn.Draft.StartsAt is { } startsAt ? time.Format(startsAt, turn.Chat.Member.Language) : null,
            IsAnswered = d => d.StartsAt is not null,
            Ask = turn =>
            {
                var (example, iso) = time.Example(turn.Chat.Now);
                return ValueTask.FromResult(new Question(turn.T.EventAskStart(time.LocalTimeName(turn.Chat.Member.Language), example, iso), [turn.LastRow]) { ExpectsText = true });
            },
            Take = turn => ValueTask.FromResult(TakeStart(turn)),
        },
        FlowSteps.Text<EventDraft, EventStep>(EventStep.Place, t => t.EventAskPlace(CityEvent.MaxPlaceLength), TextInput.Plain(CityEvent.MaxPlaceLength), (d, text) => d.Place = text, d => d.Place, t => t.EventFieldPlace),
        FlowSteps.Text<EventDraft, EventStep>(EventStep.Description, t => t.EventAskDescription(CityEvent.MaxDescriptionLength), TextInput.Plain(CityEvent.MaxDescriptionLength), (d, text) => d.Description = text, d => d.Description, t => t.FieldDescription),
        new()
        {
            Id = EventStep.Capacity,
            EditLabel = t => t.EventFieldCapacity,
            Current = turn => turn.Draft.Capacity?.ToString(CultureInfo.InvariantCulture) ?? turn.T.NoLimit,
            Ask = turn => ValueTask.FromResult(new Question(turn.T.EventAskCapacity, [[turn.Button(turn.T.NoLimit, "nolimit"), .. turn.LastRow]]) { ExpectsText = true }),
            Take = turn => ValueTask.FromResult(TakeCapacity(turn)),
        },
        new()
        {
            Id = EventStep.Preview,
            Ask = turn => ValueTask.FromResult(AskPreview(turn)),
            Take = PublishAsync,
        },
    ];

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct) =>
        BeginAsync(chat, new EventDraft { Key = FlowDraft.NewKey() }, ct);

    /// <summary>Starts editing an existing event: first the choice of what to change.</summary>
    public Task BeginEditAsync(ChatContext chat, CityEvent cityEvent, CancellationToken ct) => BeginAsync(
        chat,
        new EventDraft
        {
            Key = FlowDraft.NewKey(),
            EventId = cityEvent.Id,
            Before = EventFields.Of(cityEvent),
            Title = cityEvent.Title,
            StartsAt = cityEvent.StartsAt,
            Place = cityEvent.Place,
            Description = cityEvent.Description,
            Capacity = cityEvent.Capacity,
        },
        ct,
        EventStep.EditChoice);

    public override string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) =>
        conversation.ReadDraft<EventDraft>().Title is { Length: > 0 } title ? t.DraftEvent(Markup.Escape(title)) : null;

    protected override string? EditHeading(FlowTurn<EventDraft> turn) =>
        turn.Draft is { EventId: { } id, Before: { } saved } ? turn.T.EventEditing(id, Markup.Escape(saved.Title)) : null;

    private StepResult TakeStart(FlowTurn<EventDraft> turn)
    {
        var t = turn.T;
        if (TextInput.Read(turn.Chat, 40, out var problem) is not { } text)
        {
            return StepResult.Again(problem);
        }

        var reading = time.Read(text, turn.Chat.Now);
        if (time.Refusal(reading, t, turn.Chat.Now) is { } refusal)
        {
            return StepResult.Again(refusal);
        }

        turn.Draft.StartsAt = reading.StartsAt;
        return StepResult.Next;
    }

    private static StepResult TakeCapacity(FlowTurn<EventDraft> turn)
    {
        var message = turn.Chat.Message;
        if (turn.Action == "nolimit")
        {
            turn.Draft.Capacity = null;
        }
        else if (message.Kind == InboundKind.Text && CityEvent.ReadCapacity(message.Text) is { } capacity)
        {
            turn.Draft.Capacity = capacity;
        }
        else
        {
            return StepResult.Again(turn.T.InputBadNumber(CityEvent.MaxCapacity));
        }

        return StepResult.Next;
    }

    /// <summary>A new event's card with Publish; an edited one's with what changes and Save, or without Save when nothing has.</summary>
    private Question AskPreview(FlowTurn<EventDraft> turn)
    {
        var (chat, draft, t) = (turn.Chat, turn.Draft, turn.T);
        var language = chat.Member.Language;
        var fields = draft.Fields();
        var preview = CityEvent.Publish(fields.Title, fields.StartsAt, fields.Place, fields.Description, fields.Capacity, chat.Member, chat.Now);
        var card = $"{t.EventPreviewHeader}\n\n{cards.Text(preview, language, chat.Now)}\n\n";
        var edit = turn.Button(t.Edit, GuidedFlowActions.Edit);
        if (draft.Before is null)
        {
            return new Question(card + t.EventPreviewQuestion, [[turn.Button(t.EventPublish, $"publish:{draft.Key}")], [edit, turn.Cancel]]);
        }

        return cards.Changes(draft.Before, fields, language) is { Count: > 0 } changes
            ? new Question($"{card}{t.EventChangesHeader}\n{string.Join('\n', changes)}\n\n{t.EventSaveQuestion}", [[turn.Button(t.EventSave, $"publish:{draft.Key}")], [edit, turn.Cancel]])
            : new Question(card + t.EventNothingChanged, [[edit, turn.Cancel]]);
    }

    private async ValueTask<StepResult> PublishAsync(FlowTurn<EventDraft> turn)
    {
        var (chat, draft, ct) = (turn.Chat, turn.Draft, turn.Cancellation);
        if (turn.Action != $"publish:{draft.Key}" || draft.Fields() == draft.Before)
        {
            return StepResult.Again(turn.T.InputUseButtons);
        }

        // The time may have passed while the draft waited.
        if (draft.StartsAt is not { } startsAt || startsAt <= chat.Now)
        {
            return GoTo(EventStep.Start, turn.T.InputPastDate);
        }

        chat.EndConversation();
        chat.RetireSourceButtons();
        if (draft.EventId is { } id)
        {
            await manage.SaveAsync(chat, id, draft.Fields() with { StartsAt = startsAt }, ct);
            return StepResult.Handled;
        }

        var cityEvent = CityEvent.Publish(draft.Title!, startsAt, draft.Place!, draft.Description!, draft.Capacity, chat.Member, chat.Now);
        await events.AddAsync(cityEvent, ct);
        announcer.Start(chat, BroadcastKind.EventPublished, AudienceKind.AnnouncementSubscribers, cityEvent.Id, language => manage.Announcement(cityEvent, language, chat.Now), reportTo: chat.Member);
        announcer.CrossPost(chat, new OutboundTemplate(cards.Text(cityEvent, announcer.CityLanguage, chat.Now))
        {
            Buttons = [[new Button(announcer.CityPhrases.OpenInBot, EventCards.StartParameter(cityEvent.Id), ButtonKind.StartLink)]],
        });
        MainMenu.Show(chat, chat.T.EventPublished(cityEvent.Id));
        return StepResult.Handled;
    }
}
