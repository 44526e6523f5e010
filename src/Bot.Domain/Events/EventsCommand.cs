using System.Globalization;
using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Events;

/// <summary>/events: the upcoming events.</summary>
public sealed class EventsCommand(EventViewer viewer) : ICommand
{
    public CommandInfo Info => CommandCatalog.Events;

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct) =>
        long.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId)
            ? viewer.ShowOneAsync(chat, eventId, ct)
            : viewer.ShowUpcomingAsync(chat, ct);
}
