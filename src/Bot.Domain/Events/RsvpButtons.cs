using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Events;

/// <summary>
/// Going / Maybe / Not going under an event ("rsvp:go:12"). With a capacity, a Going past it waits in
/// line; when someone with a place changes their answer, the longest-waiting person gets it and is told.
/// </summary>
public sealed class RsvpButtons(IEventRepository events, IMemberRepository members) : ButtonHandler<RsvpPress>
{
    public const string Prefix = "rsvp";

    private static readonly Dictionary<string, RsvpAnswer> Answers = new(StringComparer.Ordinal)
    {
        ["go"] = RsvpAnswer.Going,
        ["maybe"] = RsvpAnswer.Maybe,
        ["no"] = RsvpAnswer.NotGoing,
    };

    public static readonly ButtonData<RsvpPress> Buttons = new(
        Prefix,
        press => [ButtonParts.Word(Answers, press.Answer), ButtonParts.Id(press.EventId)],
        parts => parts is [var word, var id] && ButtonParts.TryWord(Answers, word, out var answer) && ButtonParts.TryId(id, out var eventId) ? new RsvpPress(answer, eventId) : null);

    public override bool NeedsConsent => true;

    protected override ButtonData<RsvpPress> Data => Buttons;

    public static string Payload(RsvpAnswer answer, long eventId) => Buttons.Pack(new RsvpPress(answer, eventId));

    protected override async Task HandleAsync(ChatContext chat, RsvpPress press, CancellationToken ct)
    {
        var (answer, eventId) = (press.Answer, press.EventId);
        if (await events.FindAsync(eventId, ct) is not { } cityEvent)
        {
            MainMenu.Show(chat, chat.T.EventNotFound);
            return;
        }

        if (!cityEvent.IsOpen(chat.Now))
        {
            MainMenu.Show(chat, chat.T.EventOver);
            return;
        }

        var rsvp = await events.FindRsvpAsync(eventId, chat.Member.Id, ct);
        var hadPlace = rsvp?.HasPlace == true;
        if (rsvp?.Answer == answer)
        {
            Confirm(chat, cityEvent, rsvp, rsvp.Waitlisted ? await events.WaitingPositionAsync(rsvp, ct) : null);
            return;
        }

        // Counted before this answer changes anything, so the unsaved change cannot skew it.
        var counts = await events.CountAsync(eventId, ct);
        var waitlisted = answer == RsvpAnswer.Going && !hadPlace && cityEvent.Capacity is { } capacity && counts.Going >= capacity;
        if (rsvp is null)
        {
            rsvp = Rsvp.Create(eventId, chat.Member.Id, answer, waitlisted, chat.Now);
            events.AddRsvp(rsvp);
        }
        else
        {
            rsvp.Change(answer, waitlisted, chat.Now);
        }

        Confirm(chat, cityEvent, rsvp, waitlisted ? counts.Waitlisted + 1 : null);
        if (hadPlace && !rsvp.HasPlace)
        {
            await PromoteNextAsync(chat, cityEvent, events, members, ct);
        }
    }

    /// <summary>Gives free places to the longest-waiting people, and tells them.</summary>
    public static async Task PromoteNextAsync(ChatContext chat, CityEvent cityEvent, IEventRepository events, IMemberRepository members, CancellationToken ct, int places = 1)
    {
        foreach (var next in await events.ListWaitlistedAsync(cityEvent.Id, places, ct))
        {
            next.Promote();
            if (await members.FindByIdAsync(next.MemberId, ct) is { IsReachable: true } promoted)
            {
                chat.Send(new OutboundMessage(new Recipient(promoted.Channel, promoted.ChatId), Phrasebook.For(promoted.Language).RsvpPromoted(Markup.Escape(cityEvent.Title))));
            }
        }
    }

    private static void Confirm(ChatContext chat, CityEvent cityEvent, Rsvp rsvp, int? position)
    {
        chat.ReplaceSourceButtons(EventCards.Buttons(cityEvent, chat.T, rsvp, chat.Member.IsCoordinator, position));
        chat.Reply(position is { } place ? chat.T.RsvpWaitlisted(place) : rsvp.Answer switch
        {
            RsvpAnswer.Going => chat.T.RsvpSavedGoing,
            RsvpAnswer.Maybe => chat.T.RsvpSavedMaybe,
            _ => chat.T.RsvpSavedNotGoing,
        });
    }
}
