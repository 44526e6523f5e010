using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Onboarding;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>
/// The thread under an idea ("cm:l:12:1", a page of it) and what is pressed there: Write, Reply and Report
/// (each asks which comment, by its number), More and Newer, and for coordinators Hide or restore. Reading
/// needs no consent; writing and reporting do.
/// </summary>
public sealed class CommentButtons(
    ICommentRepository comments,
    IIdeaRepository ideas,
    CommentFlow flow,
    CommentPages pages,
    CommentModeration moderation,
    CoordinatorInbox inbox,
    CommentsOptions options) : ButtonHandler<CommentPress>
{
    public const string Prefix = "cm";
    public const string List = "l";
    public const string Write = "w";
    public const string ReplyMenu = "rm";
    public const string ReplyTo = "r";
    public const string ReportMenu = "pm";
    public const string Report = "p";
    public const string HideMenu = "hm";
    public const string Hide = "h";
    public const string Restore = "u";

    private static readonly string[] OnIdea = [List, Write, ReplyMenu, ReportMenu, HideMenu];
    private static readonly string[] OnComment = [ReplyTo, Report, Hide, Restore];

    /// <summary>"cm:l:12:2" (an idea's thread, page 2), "cm:r:57" (a comment), "cm:p:57:spam" (a report with its reason).</summary>
    public static readonly ButtonData<CommentPress> Buttons = new(
        Prefix,
        press => press switch
        {
            { Reason: { } reason } => [press.Action, ButtonParts.Id(press.Id), ButtonParts.Word(ReportReasons.Words, reason)],
            _ when OnIdea.Contains(press.Action) => [press.Action, ButtonParts.Id(press.Id), ButtonParts.Id(press.Page)],
            _ => [press.Action, ButtonParts.Id(press.Id)],
        },
        parts => parts switch
        {
            [var action, var id, var page] when OnIdea.Contains(action) && ButtonParts.TryId(id, out var ideaId) && PageNumbers.FromPayload(page) is { } number
                => new CommentPress(action, ideaId, number),
            [var action, var id] when OnComment.Contains(action) && ButtonParts.TryId(id, out var commentId) => new CommentPress(action, commentId),
            [Report, var id, var word] when ButtonParts.TryId(id, out var commentId) && ButtonParts.TryWord(ReportReasons.Words, word, out var reason)
                => new CommentPress(Report, commentId, Reason: reason),
            _ => null,
        });

    public override bool NeedsConsent => false;

    protected override ButtonData<CommentPress> Data => Buttons;

    /// <summary>The button that opens an idea's thread, with its count.</summary>
    public static Button Open(Idea idea, Language language)
    {
        var t = CommentTexts.For(language);
        return Buttons.Button(idea.CommentCount > 0 ? t.CommentsButton(idea.CommentCount) : t.NoCommentsButton, new CommentPress(List, idea.Id));
    }

    protected override bool StartsFlow(CommentPress press) => press.Action is Write or ReplyTo;

    protected override async Task HandleAsync(ChatContext chat, CommentPress press, CancellationToken ct)
    {
        var t = CommentTexts.For(chat.Member.Language);
        var coordinatorOnly = press.Action is HideMenu or Hide or Restore;
        if (coordinatorOnly && !chat.Member.IsCoordinator)
        {
            chat.Reply(chat.T.CoordinatorsOnly);
            return;
        }

        if (press.Action is Write or ReplyTo or Report or ReportMenu or ReplyMenu && !chat.Member.HasConsented)
        {
            OnboardingSteps.Prompt(chat);
            return;
        }

        switch (press.Action)
        {
            case List:
                await pages.ShowAsync(chat, press.Id, press.Page, ct);
                return;
            case Write:
                await flow.StartAsync(chat, press.Id, null, ct);
                return;
            case ReplyMenu or ReportMenu or HideMenu:
                await AskWhichAsync(chat, press, ct);
                return;
        }

        if (await comments.FindAsync(press.Id, ct) is not { } comment
            || (!chat.Member.IsCoordinator && !comment.IsVisible)
            || await ideas.FindAsync(comment.IdeaId, ct) is not { } idea
            || (!idea.IsPublic && !chat.Member.IsCoordinator))
        {
            MainMenu.Show(chat, t.NotAvailable);
            return;
        }

        switch (press.Action)
        {
            case ReplyTo:
                await flow.StartAsync(chat, idea.Id, comment.ParentId ?? comment.Id, ct);
                break;
            case Report when press.Reason is { } reason:
                await ReportAsync(chat, comment, idea, reason, ct);
                break;
            case Report:
                AskWhy(chat, comment);
                break;
            case Hide:
                chat.RetireSourceButtons();
                chat.Reply(await moderation.HideAsync(comment.Id, ct) switch
                {
                    CommentModeration.Outcome.Done => t.ModHiddenDone(comment.Id),
                    CommentModeration.Outcome.Already => t.ModAlreadyHidden(comment.Id),
                    _ => t.NotAvailable,
                });
                break;
            case Restore:
                chat.RetireSourceButtons();
                chat.Reply(await moderation.RestoreAsync(comment.Id, ct) switch
                {
                    CommentModeration.Outcome.Done => t.ModRestored(comment.Id),
                    CommentModeration.Outcome.Already => t.ModNotHidden(comment.Id),
                    _ => t.NotAvailable,
                });
                break;
        }
    }

    /// <summary>Which comment? Its numbers as on the page, as buttons (Reply: the comments on the idea; Report: others' comments; Hide: all).</summary>
    private async Task AskWhichAsync(ChatContext chat, CommentPress press, CancellationToken ct)
    {
        var t = CommentTexts.For(chat.Member.Language);
        var coordinator = chat.Member.IsCoordinator;
        if (await ideas.FindAsync(press.Id, ct) is not { } idea || (!idea.IsPublic && !coordinator))
        {
            MainMenu.Show(chat, chat.T.IdeaNotAvailable);
            return;
        }

        var page = await comments.PageAsync(idea.Id, press.Page, options.PageSize, withHidden: coordinator, ct);
        var all = page.Entries.SelectMany(e => e.Replies.Prepend(e.Comment)).Where(c => !c.IsDeleted).ToList();
        var (question, choices) = press.Action switch
        {
            ReplyMenu => (t.WhichReply, page.Entries.Select(e => e.Comment).Where(c => c.IsVisible)
                .Select(c => Buttons.Button(ButtonParts.Id(c.Id), new CommentPress(ReplyTo, c.Id)))),
            ReportMenu => (t.WhichReport, all.Where(c => c.IsVisible && c.AuthorId != chat.Member.Id)
                .Select(c => Buttons.Button(ButtonParts.Id(c.Id), new CommentPress(Report, c.Id)))),
            _ => (t.WhichHide, all.Select(c => c.IsHidden
                ? Buttons.Button(t.Restore(c.Id), new CommentPress(Restore, c.Id))
                : Buttons.Button(t.Hide(c.Id), new CommentPress(Hide, c.Id)))),
        };
        var buttons = choices.Chunk(press.Action == HideMenu ? 2 : 4).Select(row => (IReadOnlyList<Button>)row).ToList();
        if (buttons.Count == 0)
        {
            chat.Reply(t.NotAvailable);
            return;
        }

        buttons.Add([Buttons.Button(chat.T.CancelLabel, new CommentPress(List, idea.Id, press.Page))]);
        chat.Reply(question, buttons);
    }

    private static void AskWhy(ChatContext chat, Comment comment)
    {
        var t = CommentTexts.For(chat.Member.Language);
        if (comment.AuthorId == chat.Member.Id)
        {
            chat.Reply(t.OwnComment);
            return;
        }

        Button Reason(ReportReason reason) => Buttons.Button(ReportReasons.Label(reason, chat.T), new CommentPress(Report, comment.Id, Reason: reason));
        chat.Reply(t.ReportWhy(comment.Id),
        [
            [Reason(ReportReason.Spam)],
            [Reason(ReportReason.Offensive)],
            [Reason(ReportReason.NotAboutTheCity)],
            [Reason(ReportReason.Other)],
            [Buttons.Button(chat.T.CancelLabel, new CommentPress(List, comment.IdeaId))],
        ]);
    }

    private async Task ReportAsync(ChatContext chat, Comment comment, Idea idea, ReportReason reason, CancellationToken ct)
    {
        var t = CommentTexts.For(chat.Member.Language);
        chat.RetireSourceButtons();
        if (comment.AuthorId == chat.Member.Id)
        {
            chat.Reply(t.OwnComment);
            return;
        }

        if (await comments.HasReportedAsync(comment.Id, chat.Member.Id, ct))
        {
            chat.Reply(t.ReportAlready);
            return;
        }

        // Counted before this report is added: the unsaved row is not in the count.
        var reasons = new Dictionary<ReportReason, int>(await comments.CountReportReasonsAsync(comment.Id, ct));
        reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
        comments.AddReport(new CommentReport(comment.Id, chat.Member.Id, chat.Now, reason));
        chat.Reply(t.ReportThanks(ReportReasons.Label(reason, chat.T)));
        if (comment.AddReport(options.ReportsToHide))
        {
            idea.CommentsChanged(-1);
            await TellCoordinatorsAsync(chat, comment, idea, reasons, ct);
        }
    }

    /// <summary>The comment hidden by reports, to each coordinator in their language, with Restore and Keep hidden.</summary>
    private async Task TellCoordinatorsAsync(ChatContext chat, Comment comment, Idea idea, IReadOnlyDictionary<ReportReason, int> reasons, CancellationToken ct)
    {
        var names = await pages.NamesAsync([comment], ct);
        foreach (var address in await inbox.AddressesAsync(ct))
        {
            var t = CommentTexts.For(address.Language);
            var phrases = Texts.Phrasebook.For(address.Language);
            var text = $"{t.ModHidden(idea.Id, Markup.Escape(idea.Title), comment.ReportCount)}\n" +
                $"{t.ModReasons(ReportReasons.Counted(reasons, phrases))}\n\n" +
                $"{Markup.Bold(ButtonParts.Id(comment.Id))} · {CommentThread.Writer(comment, t, names)}\n{Markup.Escape(comment.Text ?? string.Empty)}";
            chat.Send(new OutboundMessage(address.To, text)
            {
                Buttons = [[Buttons.Button(t.Restore(comment.Id), new CommentPress(Restore, comment.Id)), Buttons.Button(t.Hide(comment.Id), new CommentPress(Hide, comment.Id))]],
            });
        }
    }
}
