using GenYCity.Bot.Domain.Events;

namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>An audience a broadcast can go to: everyone subscribed (no event), or the people who answered <paramref name="Event"/>; <paramref name="Size"/> people now.</summary>
public sealed record AudienceChoice(AudienceKind Kind, CityEvent? Event, int Size);
