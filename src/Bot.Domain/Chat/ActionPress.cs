namespace GenYCity.Bot.Domain.Chat;

/// <summary>A press of "prefix:action:id": one of a handler's actions on one stored thing (an idea, an event).</summary>
public sealed record ActionPress(string Action, long Id);
