namespace GenYCity.Bot.Domain.Events;

/// <summary>What a coordinator can change about an event, as it was or as a draft has it.</summary>
public sealed record EventFields(string Title, DateTimeOffset StartsAt, string Place, string Description, int? Capacity)
{
    public static EventFields Of(CityEvent cityEvent) => new(cityEvent.Title, cityEvent.StartsAt, cityEvent.Place, cityEvent.Description, cityEvent.Capacity);
}
