using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// Support (pressed again, withdrawn) and Report under a public idea ("vote:up:12", "vote:flag:12"). Report
/// asks why ("vote:flag:12:spam"), confirms, and can be taken back ("vote:unflag:12").
/// </summary>
public sealed class VoteButtons(IIdeaRepository ideas, IdeaSupports supports, IdeasOptions ideasOptions, IdeaNotices notices, Translation.TranslationOffer translation) : ButtonHandler<VotePress>
{
    public const string Prefix = "vote";
    public const string Support = "up";
    public const string Report = "flag";
    public const string Withdraw = "unflag";
    public const string NotReported = "keep";

    private static readonly string[] Actions = [Support, Report, Withdraw, NotReported];

    /// <summary>"vote:up:12", and a report with its reason "vote:flag:12:spam".</summary>
    public static readonly ButtonData<VotePress> Buttons = new(
        Prefix,
        press => press.Reason is { } reason ? [press.Action, ButtonParts.Id(press.IdeaId), ButtonParts.Word(ReportReasons.Words, reason)] : [press.Action, ButtonParts.Id(press.IdeaId)],
        parts => parts switch
        {
            [var action, var id] when Actions.Contains(action) && ButtonParts.TryId(id, out var ideaId) => new VotePress(action, ideaId, null),
            [Report, var id, var word] when ButtonParts.TryId(id, out var ideaId) && ButtonParts.TryWord(ReportReasons.Words, word, out var reason) => new VotePress(Report, ideaId, reason),
            _ => null,
        });

    public override bool NeedsConsent => true;

    protected override ButtonData<VotePress> Data => Buttons;

    public static string Payload(string action, long ideaId) => Buttons.Pack(new VotePress(action, ideaId, null));

    protected override async Task HandleAsync(ChatContext chat, VotePress press, CancellationToken ct)
    {
        if (await ideas.FindAsync(press.IdeaId, ct) is not { } found)
        {
            MainMenu.Show(chat, chat.T.IdeaNotAvailable);
            return;
        }

        // A report can be taken back, or left unsent, after the reports hid the idea.
        switch (press.Action)
        {
            case Withdraw:
                await WithdrawAsync(chat, found, ct);
                return;
            case NotReported:
                chat.RetireSourceButtons();
                MainMenu.Show(chat, chat.T.ReportNotSent);
                return;
        }

        if (found is not { IsPublic: true } idea)
        {
            MainMenu.Show(chat, chat.T.IdeaNotAvailable);
            return;
        }

        if (idea.AuthorId == chat.Member.Id)
        {
            chat.Reply(chat.T.OwnIdea);
            return;
        }

        switch (press)
        {
            case { Action: Support }:
                await ToggleSupportAsync(chat, idea, ct);
                break;
            case { Action: Report, Reason: null }:
                AskWhy(chat, idea);
                break;
            case { Action: Report, Reason: { } reason }:
                await ReportAsync(chat, idea, reason, ct);
                break;
        }
    }

    private async Task ToggleSupportAsync(ChatContext chat, Idea idea, CancellationToken ct)
    {
        var viewing = await supports.ToggleAsync(chat, idea, ct) with { Translatable = translation.For(idea.AuthorLanguage, chat.Member.Language) };
        chat.ReplaceSourceButtons(IdeaCards.CommunityButtons(idea, chat.T, viewing, chat.Member.IsCoordinator));
    }

    private static void AskWhy(ChatContext chat, Idea idea)
    {
        Button Reason(string label, ReportReason reason) => Buttons.Button(label, new VotePress(Report, idea.Id, reason));
        var t = chat.T;
        chat.Reply(t.ReportWhy(idea.Id, Markup.Escape(idea.Title)),
        [
            // One reason a row: two to a row cut the longer ones ("Spam or advertising").
            [Reason(t.ReportSpam, ReportReason.Spam)],
            [Reason(t.ReportOffensive, ReportReason.Offensive)],
            [Reason(t.ReportOffTopic, ReportReason.NotAboutTheCity)],
            [Reason(t.ReportOther, ReportReason.Other)],
            [new Button(t.CancelLabel, Payload(NotReported, idea.Id))],
        ]);
    }

    private async Task ReportAsync(ChatContext chat, Idea idea, ReportReason reason, CancellationToken ct)
    {
        chat.RetireSourceButtons();
        var withdraw = new Button(chat.T.ReportWithdraw, Payload(Withdraw, idea.Id));
        if (await ideas.HasReportedAsync(idea.Id, chat.Member.Id, ct))
        {
            chat.Reply(chat.T.ReportAlready, [[withdraw]]);
            return;
        }

        // Counted before this report is added: the unsaved row is not in the count.
        var reasons = new Dictionary<ReportReason, int>(await ideas.CountReportReasonsAsync(idea.Id, ct));
        reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
        ideas.AddReport(new IdeaReport(idea.Id, chat.Member.Id, chat.Now, reason));
        chat.Reply(chat.T.ReportThanks(ReportReasons.Label(reason, chat.T)), [[withdraw]]);
        if (idea.AddReport(ideasOptions.ReportsToHide))
        {
            await notices.TellHiddenAsync(chat, idea, reasons, ct);
        }
    }

    private async Task WithdrawAsync(ChatContext chat, Idea idea, CancellationToken ct)
    {
        chat.RetireSourceButtons();
        if (await ideas.FindReportAsync(idea.Id, chat.Member.Id, ct) is not { } report)
        {
            MainMenu.Show(chat, chat.T.ReportNothingToWithdraw);
            return;
        }

        ideas.RemoveReport(report);
        idea.WithdrawReport();
        MainMenu.Show(chat, chat.T.ReportWithdrawn(idea.Id));
    }
}
