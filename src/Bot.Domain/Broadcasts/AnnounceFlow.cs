using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>
/// /announce (coordinators): text → optional photo → audience (everyone subscribed, or the people who
/// answered an event) → preview → Send / Cancel. Progress reports come back to the coordinator's chat.
/// </summary>
public sealed class AnnounceFlow(IBroadcastRepository broadcasts, IEventRepository events, Announcer announcer)
    : GuidedFlow<AnnounceDraft, AnnounceStep>(FlowName), ICommand
{
    public const string FlowName = "announce";
    public const int MaxTextLength = 3000;

    /// <summary>/announce in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("announce", Audience.Coordinators, false, 170, p => p.CmdAnnounce, p => p.MenuAnnounce);

    public CommandInfo Info => Command;

    public static string Payload(string action) => $"{FlowName}:{action}";

    protected override IReadOnlyList<FlowStep<AnnounceDraft, AnnounceStep>> DeclareSteps() =>
    [
        FlowSteps.Text<AnnounceDraft, AnnounceStep>(AnnounceStep.Text, t => t.AnnounceAskText(MaxTextLength), TextInput.Plain(MaxTextLength), (d, text) => d.Text = text, d => d.Text),
        new()
        {
            Id = AnnounceStep.Photo,
            Ask = turn => ValueTask.FromResult(new Question(turn.T.AnnounceAskPhoto, [[turn.Button(turn.T.Skip, "skip"), turn.Cancel]])),
            Take = turn => ValueTask.FromResult(TakePhoto(turn)),
        },
        AudienceStep.Create<AnnounceDraft, AnnounceStep>(AnnounceStep.Audience, broadcasts, events, turn => turn.T.AnnounceAskAudience),
        new()
        {
            Id = AnnounceStep.Preview,
            Ask = async turn => new Question(
                $"{Markup.Escape(turn.Draft.Text!)}\n\n{turn.T.AnnouncePreview(turn.Draft.AudienceLabel!)}"
                    + WindowLines(turn.T, await broadcasts.CountOutsideWindowAsync(turn.Draft.Audience!.Value, turn.Draft.EventId, WindowTemplate.Announcement, turn.Cancellation)),
                [[turn.Button(turn.T.AnnounceSend, $"send:{turn.Draft.Key}"), turn.Cancel]])
            {
                PhotoRef = turn.Draft.PhotoRef,
            },
            Take = turn => ValueTask.FromResult(Send(turn)),
        },
    ];

    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct) =>
        BeginAsync(chat, new AnnounceDraft { Key = FlowDraft.NewKey() }, ct);

    public override string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) =>
        conversation.ReadDraft<AnnounceDraft>().Text is { Length: > 0 } text ? t.DraftAnnouncement(Markup.Escape(ButtonLabel.Fit(text, 40))) : null;

    /// <summary>
    /// Under the preview, who is outside their chat's 24-hour window: those who get it as the city's paid WhatsApp
    /// template, and those who will not get it at all.
    /// </summary>
    public static string WindowLines(Texts.Phrasebook t, WindowReach reach) =>
        (reach.Templated > 0 ? $"\n{t.AnnounceWindowTemplated(reach.Templated)}" : string.Empty)
        + (reach.Skipped > 0 ? $"\n{t.AnnounceWindowSkipped(reach.Skipped)}" : string.Empty);

    private static StepResult TakePhoto(FlowTurn<AnnounceDraft> turn)
    {
        if (turn.Chat.Message is { Kind: InboundKind.Photo, PhotoRef: { } photo })
        {
            turn.Draft.PhotoRef = photo;
            return StepResult.Next;
        }

        return turn.Action == "skip" ? StepResult.Next : StepResult.Again(turn.T.InputNeedsPhoto);
    }

    private StepResult Send(FlowTurn<AnnounceDraft> turn)
    {
        var (chat, draft) = (turn.Chat, turn.Draft);
        if (turn.Action != $"send:{draft.Key}")
        {
            return StepResult.Again(turn.T.InputUseButtons);
        }

        if (draft.AudienceSize == 0)
        {
            chat.Reply(chat.T.AnnounceNobody);
            return StepResult.Handled;
        }

        chat.EndConversation();
        chat.RetireSourceButtons();
        announcer.Announce(chat, draft.Text!, draft.PhotoRef is null ? null : new Photo(draft.PhotoRef, chat.Member.Channel), draft.Audience!.Value, draft.EventId, draft.AudienceSize);
        return StepResult.Handled;
    }
}
