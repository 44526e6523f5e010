using GenYCity.Bot.Domain.Conversations;

namespace GenYCity.Bot.Domain.Events;

/// <summary>An event being written or edited, stored with the conversation after every step.</summary>
public sealed class EventDraft : FlowDraft
{
    /// <summary>Set when an existing event is being edited.</summary>
    public long? EventId { get; init; }

    /// <summary>The event as it was when editing began, so the preview can say what changes.</summary>
    public EventFields? Before { get; init; }

    public string? Title { get; set; }

    public DateTimeOffset? StartsAt { get; set; }

    public string? Place { get; set; }

    public string? Description { get; set; }

    public int? Capacity { get; set; }

    /// <summary>The fields as they stand, once every step is answered.</summary>
    public EventFields Fields() => new(Title!, StartsAt!.Value, Place!, Description!, Capacity);
}
