namespace GenYCity.Bot.Domain.Events;

/// <summary>What an edit changed, so attendees hear about what matters to them.</summary>
[Flags]
public enum EventChanges
{
    None = 0,
    Title = 1,
    Time = 2,
    Place = 4,
    Description = 8,
    Capacity = 16,
}
