using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>Broadcasts as a coordinator's /announce writes them, for tests that start one in the database.</summary>
public static class Announcements
{
    /// <summary>The same text in every language, to everyone subscribed to announcements; reported to <paramref name="requestedBy"/>, if given.</summary>
    public static Broadcast ToSubscribers(string text, DateTimeOffset at, Member? requestedBy = null) => Broadcast.Create(
        BroadcastKind.Announcement,
        AudienceKind.AnnouncementSubscribers,
        null,
        new BroadcastContent(Languages.All.ToDictionary(l => l, _ => new OutboundTemplate(text) { Template = WindowTemplate.Of(WindowTemplate.Announcement, text) })),
        requestedBy,
        at);
}
