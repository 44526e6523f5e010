using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// The buttons on a coordinator's idea card ("mod:ok:12"). Approve and Restore act at once; Reject asks
/// for the reason and In progress / Implemented for an optional comment, in the coordinator's own chat.
/// </summary>
public sealed class ModerationButtonsHandler(
    IIdeaRepository ideas, IMemberRepository members, ModerateIdea moderate, ModerationNoteFlow noteFlow, BotOptions options, IdeasOptions ideasOptions) : ButtonHandler<ActionPress>
{
    public const string Prefix = "mod";
    public const string Approve = "ok";
    public const string Reject = "no";
    public const string InProgress = "wip";
    public const string Implemented = "done";
    public const string Restore = "back";
    public const string Show = "show";

    public static readonly ButtonData<ActionPress> Buttons = ButtonData.ActionAndId(Prefix, Approve, Reject, InProgress, Implemented, Restore, Show);

    public override bool NeedsConsent => false;

    public override Audience Audience => Audience.Coordinators;

    protected override ButtonData<ActionPress> Data => Buttons;

    /// <summary>Reject, In progress and Implemented ask for the coordinator's words.</summary>
    protected override bool StartsFlow(ActionPress press) => press.Action is Reject or InProgress or Implemented;

    /// <summary>The cards in the moderation chat are pressed there; in any other group, not.</summary>
    public override bool WorksInGroup(InboundMessage message) => IsModerationChat(ideasOptions, message);

    /// <summary>Whether the message came from the configured moderation chat.</summary>
    public static bool IsModerationChat(IdeasOptions ideasOptions, InboundMessage message) =>
        !string.IsNullOrWhiteSpace(ideasOptions.ModerationChat)
        && Members.Coordinators.TryParse(ideasOptions.ModerationChat, out var channel, out var chatId)
        && channel == message.Channel && chatId == message.ChatId;

    public static string Payload(string action, long ideaId) => Buttons.Pack(new ActionPress(action, ideaId));

    protected override async Task HandleAsync(ChatContext chat, ActionPress press, CancellationToken ct)
    {
        var ideaId = press.Id;
        switch (press.Action)
        {
            case Approve:
                UpdateCard(chat, await moderate.ChangeStatusAsync(chat, ideaId, IdeaStatus.Approved, null, ct));
                break;
            case Restore:
                UpdateCard(chat, await moderate.RestoreAsync(chat, ideaId, ct));
                break;
            case Reject:
                await AskForNoteAsync(chat, ideaId, IdeaStatus.Rejected, ct);
                break;
            case InProgress:
                await AskForNoteAsync(chat, ideaId, IdeaStatus.InProgress, ct);
                break;
            case Implemented:
                await AskForNoteAsync(chat, ideaId, IdeaStatus.Implemented, ct);
                break;
            case Show when await ideas.FindAsync(ideaId, ct) is { } idea:
                chat.Send(IdeaCards.ForCoordinator(chat.ReplyTo, idea, await IdeaCards.AuthorAsync(members, idea, ct), chat.Member.Language, options));
                break;
            case Show:
                MainMenu.Show(chat, chat.T.IdeaNotAvailable);
                break;
        }
    }

    private async Task AskForNoteAsync(ChatContext chat, long ideaId, IdeaStatus target, CancellationToken ct)
    {
        if (await moderate.FindChangeableAsync(chat, ideaId, target, ct) is null)
        {
            return;
        }

        var note = new ModerationNote
        {
            IdeaId = ideaId,
            Target = target,
            CardChannel = chat.Message.Channel,
            CardChatId = chat.Message.ChatId,
            CardMessageId = chat.Message.SourceMessageId,
        };
        await noteFlow.BeginAsync(chat, note, ct);
    }

    /// <summary>Redraws the buttons of the card that was pressed, for the idea's new state.</summary>
    internal static void UpdateCard(ChatContext chat, Idea? idea)
    {
        if (idea is not null)
        {
            chat.ReplaceSourceButtons(IdeaCards.ModerationButtons(idea, chat.T));
        }
    }
}
