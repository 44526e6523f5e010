using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>
/// Writing a comment on a published idea, or a reply to one: the words, checked as any typed text is, then
/// published at once and the thread shown with it. A person writes at most <see cref="CommentsOptions.HourlyLimit"/>
/// an hour; the idea's author and the coordinators are marked as such.
/// </summary>
public sealed class CommentFlow(ICommentRepository comments, IIdeaRepository ideas, CommentPages pages, CommentsOptions options)
    : GuidedFlow<CommentDraft, CommentStep>(FlowName)
{
    public const string FlowName = "comment";

    protected override IReadOnlyList<FlowStep<CommentDraft, CommentStep>> DeclareSteps() =>
    [
        new()
        {
            Id = CommentStep.Text,
            Ask = AskAsync,
            Take = PublishAsync,
        },
    ];

    /// <summary>Asks for a comment on the idea, or a reply to <paramref name="parentId"/>, unless the hour's comments are written.</summary>
    public async Task StartAsync(ChatContext chat, long ideaId, long? parentId, CancellationToken ct)
    {
        if (await ideas.FindAsync(ideaId, ct) is not { IsPublic: true })
        {
            MainMenu.Show(chat, chat.T.IdeaNotAvailable);
            return;
        }

        if (await LimitReachedAsync(chat, ct))
        {
            return;
        }

        await BeginAsync(chat, new CommentDraft { IdeaId = ideaId, ParentId = parentId }, ct);
    }

    public override string? DescribeDraft(Conversation conversation, Texts.Phrasebook t) =>
        CommentTexts.For(t.Language).DraftComment(conversation.ReadDraft<CommentDraft>().IdeaId);

    private async ValueTask<Question> AskAsync(FlowTurn<CommentDraft> turn)
    {
        var t = CommentTexts.For(turn.Chat.Member.Language);
        var draft = turn.Draft;
        var title = await ideas.FindAsync(draft.IdeaId, turn.Cancellation) is { } idea ? Markup.Escape(idea.Title) : string.Empty;
        var text = draft.ParentId is { } parent ? t.AskReply(parent, Comment.MaxLength) : t.AskWrite(draft.IdeaId, title, Comment.MaxLength);
        return new Question(text, [turn.LastRow]) { ExpectsText = true };
    }

    private async ValueTask<StepResult> PublishAsync(FlowTurn<CommentDraft> turn)
    {
        var (chat, draft, ct) = (turn.Chat, turn.Draft, turn.Cancellation);
        if (TextInput.Read(chat, Comment.MaxLength, out var problem) is not { } text)
        {
            return StepResult.Again(problem);
        }

        var t = CommentTexts.For(chat.Member.Language);
        if (await LimitReachedAsync(chat, ct))
        {
            chat.EndConversation();
            return StepResult.Handled;
        }

        // The idea (or the comment answered) may have gone while the words were being written.
        var idea = await ideas.FindAsync(draft.IdeaId, ct);
        var parent = draft.ParentId is { } parentId ? await comments.FindAsync(parentId, ct) : null;
        if (idea is not { IsPublic: true } || (draft.ParentId is not null && parent is not { IsVisible: true, ParentId: null }))
        {
            chat.EndConversation();
            MainMenu.Show(chat, idea is { IsPublic: true } ? t.NotAvailable : chat.T.IdeaNotAvailable);
            return StepResult.Handled;
        }

        var role = chat.Member.IsCoordinator ? CommentRole.Coordinator : idea.AuthorId == chat.Member.Id ? CommentRole.IdeaAuthor : CommentRole.Resident;
        await comments.AddAsync(Comment.Write(idea.Id, parent?.Id, chat.Member, role, text, chat.Now), ct);
        idea.CommentsChanged(+1);
        chat.EndConversation();
        chat.Reply(t.Published);
        await pages.ShowAsync(chat, idea.Id, 1, ct);
        return StepResult.Handled;
    }

    private async Task<bool> LimitReachedAsync(ChatContext chat, CancellationToken ct)
    {
        var written = await comments.CountByAuthorSinceAsync(chat.Member.Id, chat.Now.AddHours(-1), ct);
        if (written < options.HourlyLimit)
        {
            return false;
        }

        chat.Reply(CommentTexts.For(chat.Member.Language).HourlyLimit(written));
        return true;
    }
}
