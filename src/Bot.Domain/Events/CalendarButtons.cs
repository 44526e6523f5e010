using System.Globalization;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Events;

/// <summary>"Add to calendar" ("cal:12"): the event as an .ics file.</summary>
public sealed class CalendarButtons(IEventRepository events, Exports.IExportStore files, EventsOptions options, BotOptions botOptions, Dashboard.DashboardOptions dashboard) : ButtonHandler<CalendarPress>
{
    public const string Prefix = "cal";

    public static readonly ButtonData<CalendarPress> Buttons = new(
        Prefix,
        press => [ButtonParts.Id(press.EventId)],
        parts => parts is [var id] && ButtonParts.TryId(id, out var eventId) ? new CalendarPress(eventId) : null);

    public override bool NeedsConsent => false;

    protected override ButtonData<CalendarPress> Data => Buttons;

    public static string Payload(long eventId) => Buttons.Pack(new CalendarPress(eventId));

    protected override async Task HandleAsync(ChatContext chat, CalendarPress press, CancellationToken ct)
    {
        var eventId = press.EventId;
        if (await events.FindAsync(eventId, ct) is not { } cityEvent)
        {
            MainMenu.Show(chat, chat.T.EventNotFound);
            return;
        }

        var ics = Ics.Write(cityEvent, TimeSpan.FromMinutes(options.DefaultDurationMinutes), chat.Now, botOptions.Organisation.For(chat.Member.Language), Ics.UidDomain(dashboard.PublicUrl));
        var path = await files.SaveAsync($"event-{eventId.ToString(CultureInfo.InvariantCulture)}-v{cityEvent.Version.ToString(CultureInfo.InvariantCulture)}.ics", ics, ct);
        chat.Send(new OutboundMessage(chat.ReplyTo, chat.T.CalendarFileCaption) { DocumentPath = path });
    }
}
