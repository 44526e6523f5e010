using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Results;

/// <summary>
/// The coordinators' buttons on a public idea's card: record the council's answer ("res:council:12") or
/// add a progress note ("res:note:12"), each asked for in the coordinator's own chat.
/// </summary>
public sealed class CoordinatorNewsButtons(CouncilAnswerFlow council, ProgressNoteFlow progress, IIdeaRepository ideas, IdeasOptions ideasOptions) : ButtonHandler<ActionPress>
{
    public const string Prefix = "res";
    public const string Council = "council";
    public const string Note = "note";

    public static readonly ButtonData<ActionPress> Buttons = ButtonData.ActionAndId(Prefix, Council, Note);

    public override bool NeedsConsent => false;

    public override Audience Audience => Audience.Coordinators;

    protected override ButtonData<ActionPress> Data => Buttons;

    protected override bool StartsFlow(ActionPress press) => true;

    public override bool WorksInGroup(InboundMessage message) => ModerationButtonsHandler.IsModerationChat(ideasOptions, message);

    /// <summary>The row under a public idea's moderation card.</summary>
    public static IReadOnlyList<Button> Row(Idea idea, Members.Language language)
    {
        var t = ResultsTexts.For(language);
        return [Buttons.Button(t.CouncilButton, new ActionPress(Council, idea.Id)), Buttons.Button(t.ProgressButton, new ActionPress(Note, idea.Id))];
    }

    protected override async Task HandleAsync(ChatContext chat, ActionPress press, CancellationToken ct)
    {
        if (await PublicIdeaAsync(chat, press.Id, ideas, ct) is null)
        {
            return;
        }

        var draft = new NewsDraft { Key = FlowDraft.NewKey(), IdeaId = press.Id };
        await (press.Action == Council ? council.StartAsync(chat, draft, ct) : progress.StartAsync(chat, draft, ct));
    }

    /// <summary>
    /// The end of both flows: checked again now (the idea may have changed, the person may no longer be a
    /// coordinator), the entry recorded, the coordinator answered, and the author told.
    /// </summary>
    internal static async Task<StepResult> RecordAsync(
        ChatContext chat, long ideaId, IIdeaRepository ideas, IdeaTimeline timeline, Func<ResultsTexts, Func<long, string>> done, Func<Idea, IdeaNews> record, CancellationToken ct)
    {
        chat.EndConversation();
        if (await PublicIdeaAsync(chat, ideaId, ideas, ct) is { } idea)
        {
            var entry = record(idea);
            chat.Reply(done(ResultsTexts.For(chat.Member.Language))(idea.Id));
            await timeline.TellAuthorAsync(chat, idea, entry, ct);
        }

        return StepResult.Handled;
    }

    /// <summary>The idea, when a coordinator may add to its public timeline now; otherwise says why and returns null.</summary>
    internal static async Task<Idea?> PublicIdeaAsync(ChatContext chat, long ideaId, IIdeaRepository ideas, CancellationToken ct)
    {
        if (!chat.Member.IsCoordinator)
        {
            chat.Reply(chat.T.CoordinatorsOnly);
            return null;
        }

        switch (await ideas.FindAsync(ideaId, ct))
        {
            case null:
                MainMenu.Show(chat, chat.T.IdeaNotAvailable);
                return null;
            case { Status: IdeaStatus.Approved or IdeaStatus.InProgress or IdeaStatus.Implemented } idea:
                return idea;
            default:
                chat.Reply(ResultsTexts.For(chat.Member.Language).NotPublic(ideaId));
                return null;
        }
    }
}
