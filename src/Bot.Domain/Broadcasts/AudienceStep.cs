using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>
/// The step that asks who a broadcast goes to, shared by /announce and /newpoll: everyone subscribed, or
/// the people who answered one of the next events, each button with how many it reaches now.
/// </summary>
public static class AudienceStep
{
    public const int MaxEventChoices = 5;

    /// <summary>The audiences a broadcast can go to now, each with how many it reaches: everyone subscribed, then the next events' people.</summary>
    public static async Task<IReadOnlyList<AudienceChoice>> ChoicesAsync(IBroadcastRepository broadcasts, IEventRepository events, DateTimeOffset now, CancellationToken ct)
    {
        var choices = new List<AudienceChoice> { new(AudienceKind.AnnouncementSubscribers, null, await broadcasts.CountAudienceAsync(AudienceKind.AnnouncementSubscribers, null, ct)) };
        foreach (var cityEvent in await events.ListUpcomingAsync(now, MaxEventChoices, ct))
        {
            choices.Add(new(AudienceKind.EventAttendees, cityEvent, await broadcasts.CountAudienceAsync(AudienceKind.EventAttendees, cityEvent.Id, ct)));
        }

        return choices;
    }

    public static FlowStep<TDraft, TStep> Create<TDraft, TStep>(TStep id, IBroadcastRepository broadcasts, IEventRepository events, Func<FlowTurn<TDraft>, string> ask)
        where TDraft : FlowDraft, IAudienceDraft
        where TStep : struct, Enum => new()
    {
        Id = id,
        IsAnswered = d => d.Audience is not null,
        Ask = async turn =>
        {
            var (chat, t, ct) = (turn.Chat, turn.T, turn.Cancellation);
            var rows = new List<IReadOnlyList<Button>>();
            foreach (var choice in await ChoicesAsync(broadcasts, events, chat.Now, ct))
            {
                rows.Add([choice.Event is { } cityEvent
                    ? turn.Button(ButtonLabel.Fit(title => t.AudienceEvent(title, choice.Size), cityEvent.Title, chat.Message.Channel.MaxLabelLength()), $"to:event:{cityEvent.Id}")
                    : turn.Button(t.AudienceSubscribers(choice.Size), "to:all")]);
            }

            rows.Add([turn.Cancel]);
            return new Question(ask(turn), rows);
        },
        Take = async turn =>
        {
            var (draft, t, action, ct) = (turn.Draft, turn.T, turn.Action, turn.Cancellation);
            if (action == "to:all")
            {
                (draft.Audience, draft.EventId) = (AudienceKind.AnnouncementSubscribers, null);
                draft.AudienceSize = await broadcasts.CountAudienceAsync(AudienceKind.AnnouncementSubscribers, null, ct);
                draft.AudienceLabel = t.AudienceSubscribers(draft.AudienceSize);
                return StepResult.Next;
            }

            if (action?.StartsWith("to:event:", StringComparison.Ordinal) == true
                && Chat.ButtonParts.TryId(action["to:event:".Length..], out var eventId)
                && await events.FindAsync(eventId, ct) is { } cityEvent)
            {
                (draft.Audience, draft.EventId) = (AudienceKind.EventAttendees, eventId);
                draft.AudienceSize = await broadcasts.CountAudienceAsync(AudienceKind.EventAttendees, eventId, ct);
                draft.AudienceLabel = t.AudienceEvent(Markup.Escape(cityEvent.Title), draft.AudienceSize);
                return StepResult.Next;
            }

            return StepResult.Again(t.InputUseButtons);
        },
    };
}
