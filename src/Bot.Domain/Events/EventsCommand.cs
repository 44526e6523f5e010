using System.Globalization;
using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Events;

/// <summary>/events: the upcoming events.</summary>
public sealed class EventsCommand(EventViewer viewer) : ICommand
{
    /// <summary>/events in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("events", Audience.Everyone, false, 60, p => p.CmdEvents, p => p.MenuEvents);

    public CommandInfo Info => Command;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct) =>
        long.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId)
            ? viewer.ShowOneAsync(chat, eventId, ct)
            : viewer.ShowUpcomingAsync(chat, ct);
}
