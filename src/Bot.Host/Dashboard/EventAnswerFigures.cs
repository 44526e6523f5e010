using GenYCity.Bot.Domain.Events;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>One event and how it was answered: Going with a place, Going waiting in line, Maybe, Not going.</summary>
public sealed record EventAnswerFigures(
    long Id, string Title, DateTimeOffset StartsAt, EventStatus Status, int? Capacity, int Going, int Waitlisted, int Maybe, int NotGoing);
