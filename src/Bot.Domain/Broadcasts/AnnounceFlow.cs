using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Broadcasts;

public enum AnnounceStep
{
    Text,
    Photo,
    Audience,
    Preview,
}

public sealed class AnnounceDraft
{
    public string Key { get; init; } = string.Empty;

    public string? Text { get; set; }

    public string? PhotoRef { get; set; }

    public AudienceKind? Audience { get; set; }

    public long? EventId { get; set; }

    public string? AudienceLabel { get; set; }

    public int AudienceSize { get; set; }
}

/// <summary>
/// /announce (coordinators): text → optional photo → audience (everyone subscribed, or the people who
/// answered an event) → preview → Send / Cancel. Progress reports come back to the coordinator's chat.
/// </summary>
public sealed class AnnounceFlow(IBroadcastRepository broadcasts, IEventRepository events, Announcer announcer) : IFlow, ICommand
{
    public const string FlowName = "announce";
    public const int MaxTextLength = 3000;
    public const int MaxEventChoices = 5;

    public string Name => FlowName;

    public CommandInfo Info => CommandCatalog.Announce;

    public static string Payload(string action) => $"{FlowName}:{action}";

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var draft = new AnnounceDraft { Key = Guid.NewGuid().ToString("N")[..16] };
        chat.BeginConversation(FlowName, nameof(AnnounceStep.Text), draft);
        return AskAsync(chat, AnnounceStep.Text, draft, null, ct);
    }

    public async Task HandleAsync(ChatContext chat, Conversation conversation, CancellationToken ct)
    {
        var draft = conversation.ReadDraft<AnnounceDraft>();
        var step = conversation.StepAs<AnnounceStep>();
        var action = chat.Message is { Kind: InboundKind.Button, Payload: { } p } && p.StartsWith(FlowName + ":", StringComparison.Ordinal)
            ? p[(FlowName.Length + 1)..]
            : null;
        if (action == "cancel")
        {
            chat.EndConversation();
            chat.RetireSourceButtons();
            MainMenu.Show(chat, chat.T.Cancelled);
            return;
        }

        switch (step)
        {
            case AnnounceStep.Text:
                if (TextInput.Read(chat, MaxTextLength, out var problem) is { } text)
                {
                    draft.Text = text;
                    await MoveToAsync(chat, conversation, draft, AnnounceStep.Photo, ct);
                }
                else
                {
                    await AskAsync(chat, step, draft, problem, ct);
                }

                break;
            case AnnounceStep.Photo when chat.Message is { Kind: InboundKind.Photo, PhotoRef: { } photo }:
                draft.PhotoRef = photo;
                await MoveToAsync(chat, conversation, draft, AnnounceStep.Audience, ct);
                break;
            case AnnounceStep.Photo when action == "skip":
                chat.RetireSourceButtons();
                await MoveToAsync(chat, conversation, draft, AnnounceStep.Audience, ct);
                break;
            case AnnounceStep.Photo:
                await AskAsync(chat, step, draft, chat.T.InputNeedsPhoto, ct);
                break;
            case AnnounceStep.Audience when await ChooseAudienceAsync(chat, draft, action, ct):
                chat.RetireSourceButtons();
                await MoveToAsync(chat, conversation, draft, AnnounceStep.Preview, ct);
                break;
            case AnnounceStep.Preview when action == $"send:{draft.Key}":
                Send(chat, draft);
                break;
            default:
                await AskAsync(chat, step, draft, chat.T.InputUseButtons, ct);
                break;
        }
    }

    private async Task<bool> ChooseAudienceAsync(ChatContext chat, AnnounceDraft draft, string? action, CancellationToken ct)
    {
        if (action == "to:all")
        {
            draft.Audience = AudienceKind.AnnouncementSubscribers;
            draft.EventId = null;
            draft.AudienceSize = await broadcasts.CountAudienceAsync(AudienceKind.AnnouncementSubscribers, null, ct);
            draft.AudienceLabel = chat.T.AudienceSubscribers(draft.AudienceSize);
            return true;
        }

        if (action?.StartsWith("to:event:", StringComparison.Ordinal) == true
            && long.TryParse(action["to:event:".Length..], out var eventId)
            && await events.FindAsync(eventId, ct) is { } @event)
        {
            draft.Audience = AudienceKind.EventAttendees;
            draft.EventId = eventId;
            draft.AudienceSize = await broadcasts.CountAudienceAsync(AudienceKind.EventAttendees, eventId, ct);
            draft.AudienceLabel = chat.T.AudienceEvent(Markup.Escape(@event.Title), draft.AudienceSize);
            return true;
        }

        return false;
    }

    private void Send(ChatContext chat, AnnounceDraft draft)
    {
        if (draft.AudienceSize == 0)
        {
            chat.Reply(chat.T.AnnounceNobody);
            return;
        }

        chat.EndConversation();
        chat.RetireSourceButtons();
        var template = new OutboundTemplate(Markup.Escape(draft.Text!)) { PhotoRef = draft.PhotoRef };
        announcer.Start(chat, BroadcastKind.Announcement, draft.Audience!.Value, draft.EventId, _ => template, reportTo: chat.Member);
        if (draft.Audience == AudienceKind.AnnouncementSubscribers)
        {
            announcer.CrossPost(chat, template);
        }

        MainMenu.Show(chat, chat.T.AnnounceQueued(draft.AudienceSize));
    }

    public string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) =>
        conversation.ReadDraft<AnnounceDraft>().Text is { Length: > 0 } text ? t.DraftAnnouncement(Markup.Escape(ButtonLabel.Fit(text, 40))) : null;

    public Task ResumeAsync(ChatContext chat, Conversation conversation, CancellationToken ct) =>
        AskAsync(chat, conversation.StepAs<AnnounceStep>(), conversation.ReadDraft<AnnounceDraft>(), null, ct);

    private async Task MoveToAsync(ChatContext chat, Conversation conversation, AnnounceDraft draft, AnnounceStep step, CancellationToken ct)
    {
        conversation.MoveTo(step.ToString(), draft, chat.Now);
        await AskAsync(chat, step, draft, null, ct);
    }

    private async Task AskAsync(ChatContext chat, AnnounceStep step, AnnounceDraft draft, string? problem, CancellationToken ct)
    {
        var t = chat.T;
        var prefix = problem is null ? string.Empty : problem + "\n\n";
        var cancel = new Button(t.CancelLabel, Payload("cancel"));
        switch (step)
        {
            case AnnounceStep.Text:
                chat.Ask(prefix + t.AnnounceAskText(MaxTextLength), [[cancel]]);
                break;
            case AnnounceStep.Photo:
                chat.Reply(prefix + t.AnnounceAskPhoto, [[new Button(t.Skip, Payload("skip")), cancel]]);
                break;
            case AnnounceStep.Audience:
                var subscribers = await broadcasts.CountAudienceAsync(AudienceKind.AnnouncementSubscribers, null, ct);
                var rows = new List<IReadOnlyList<Button>> { new[] { new Button(t.AudienceSubscribers(subscribers), Payload("to:all")) } };
                foreach (var @event in await events.ListUpcomingAsync(chat.Now, MaxEventChoices, ct))
                {
                    var attendees = await broadcasts.CountAudienceAsync(AudienceKind.EventAttendees, @event.Id, ct);
                    rows.Add([new Button(ButtonLabel.Fit(title => t.AudienceEvent(title, attendees), @event.Title, chat.Message.Channel.MaxLabelLength()), Payload($"to:event:{@event.Id}"))]);
                }

                rows.Add([cancel]);
                chat.Reply(prefix + t.AnnounceAskAudience, rows);
                break;
            case AnnounceStep.Preview:
                chat.Send(new OutboundMessage(new Recipient(chat.Message.Channel, chat.Message.ChatId), $"{prefix}{Markup.Escape(draft.Text!)}\n\n{t.AnnouncePreview(draft.AudienceLabel!)}")
                {
                    PhotoRef = draft.PhotoRef,
                    Buttons = [[new Button(t.AnnounceSend, Payload($"send:{draft.Key}")), cancel]],
                });
                break;
        }
    }
}
