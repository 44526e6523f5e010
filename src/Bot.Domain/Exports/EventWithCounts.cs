using GenYCity.Bot.Domain.Events;

namespace GenYCity.Bot.Domain.Exports;

/// <summary>An event and how it was answered, as the export lists it.</summary>
public sealed record EventWithCounts(CityEvent Event, RsvpCounts Counts);
