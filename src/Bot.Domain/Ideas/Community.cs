using System.Globalization;
using System.Text;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>A press of Back or Next between pages of /ideas.</summary>
public sealed record IdeasPage(int Number);

/// <summary>/ideas: public ideas, most supported first, a page at a time, each with Support and Report.</summary>
public sealed class IdeasCommand(IIdeaRepository ideas, IIdeaNewsRepository news, IdeasOptions ideasOptions, BotOptions options) : ButtonHandler<IdeasPage>, ICommand
{
    public const string Prefix = "ideas";

    public static readonly ButtonData<IdeasPage> Pages = new(
        Prefix,
        page => [ButtonParts.Id(page.Number)],
        parts => parts is [var number] && ButtonParts.TryId(number, out var page) && page <= int.MaxValue ? new IdeasPage((int)page) : null);

    public CommandInfo Info => CommandCatalog.Ideas;

    public override bool NeedsConsent => false;

    protected override ButtonData<IdeasPage> Data => Pages;

    public static string PagePayload(int page) => Pages.Pack(new IdeasPage(page));

    /// <summary>"/ideas 2" opens the second page; anything else, the first.</summary>
    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct) =>
        ShowAsync(chat, int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? Math.Max(asked, 1) : 1, ct);

    /// <summary>The Next / Back buttons under a page ("ideas:2").</summary>
    protected override Task HandleAsync(ChatContext chat, IdeasPage press, CancellationToken ct)
    {
        chat.RetireSourceButtons();
        return ShowAsync(chat, press.Number, ct);
    }

    private async Task ShowAsync(ChatContext chat, int number, CancellationToken ct)
    {
        var page = await ideas.ListPublicAsync(number, ideasOptions.PageSize, ct);
        if (page.Total == 0)
        {
            MainMenu.Show(chat, chat.T.IdeasEmpty);
            return;
        }

        var ids = page.Items.Select(i => i.Id).ToList();
        var supported = await ideas.SupportedAmongAsync(chat.Member.Id, ids, ct);
        var followed = await news.FollowedAmongAsync(chat.Member.Id, ids, ct);
        var here = chat.ReplyTo;
        foreach (var idea in page.Items)
        {
            chat.Send(IdeaCards.ForCommunity(here, idea, chat.Member, options, new Viewing(supported.Contains(idea.Id), followed.Contains(idea.Id))));
        }

        if (page.Count > 1)
        {
            var navigation = new List<Button>();
            if (page.Number > 1)
            {
                navigation.Add(new Button(chat.T.Back, PagePayload(page.Number - 1)));
            }

            if (page.Number < page.Count)
            {
                navigation.Add(new Button(chat.T.Next, PagePayload(page.Number + 1)));
            }

            chat.Reply(chat.T.IdeasPage(page.Number, page.Count), [navigation]);
        }
    }
}

/// <summary>
/// Support (pressed again, withdrawn) and Report under a public idea ("vote:up:12", "vote:flag:12"). Report
/// asks why ("vote:flag:12:spam"), confirms, and can be taken back ("vote:unflag:12").
/// </summary>
public sealed class VoteButtons(IIdeaRepository ideas, IIdeaNewsRepository news, IdeaTimeline timeline, IdeasOptions ideasOptions, IdeaNotices notices) : ButtonHandler<VotePress>
{
    public const string Prefix = "vote";
    public const string Support = "up";
    public const string Report = "flag";
    public const string Withdraw = "unflag";
    public const string NotReported = "keep";

    private static readonly Dictionary<string, ReportReason> Reasons = new(StringComparer.Ordinal)
    {
        ["spam"] = ReportReason.Spam,
        ["offensive"] = ReportReason.Offensive,
        ["offtopic"] = ReportReason.NotAboutTheCity,
        ["other"] = ReportReason.Other,
    };

    private static readonly string[] Actions = [Support, Report, Withdraw, NotReported];

    /// <summary>"vote:up:12", and a report with its reason "vote:flag:12:spam".</summary>
    public static readonly ButtonData<VotePress> Buttons = new(
        Prefix,
        press => press.Reason is { } reason ? [press.Action, ButtonParts.Id(press.IdeaId), ButtonParts.Word(Reasons, reason)] : [press.Action, ButtonParts.Id(press.IdeaId)],
        parts => parts switch
        {
            [var action, var id] when Actions.Contains(action) && ButtonParts.TryId(id, out var ideaId) => new VotePress(action, ideaId, null),
            [Report, var id, var word] when ButtonParts.TryId(id, out var ideaId) && ButtonParts.TryWord(Reasons, word, out var reason) => new VotePress(Report, ideaId, reason),
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
        var existing = await ideas.FindSupportAsync(idea.Id, chat.Member.Id, ct);
        if (existing is null)
        {
            ideas.AddSupport(new IdeaSupport(idea.Id, chat.Member.Id, chat.Now));
            idea.AddSupport();
            await timeline.SupportedAsync(chat, idea, ct);
        }
        else
        {
            ideas.RemoveSupport(existing);
            idea.RemoveSupport();
            await timeline.SupportWithdrawnAsync(chat, idea, ct);
        }

        var following = existing is null || await news.FindFollowAsync(idea.Id, chat.Member.Id, ct) is not null;
        chat.ReplaceSourceButtons(IdeaCards.CommunityButtons(idea, chat.T, new Viewing(Supported: existing is null, following), chat.Member.IsCoordinator));
        if (idea.FlagIfReadyForCouncil(ideasOptions.SupportsForCouncil, chat.Now))
        {
            await notices.TellReadyForCouncilAsync(chat, idea, ct);
            var entry = timeline.Record(chat, idea, IdeaNewsKind.ReadyForCouncil, null);
            await timeline.TellAuthorAsync(chat, idea, entry, ct);
        }
    }

    public static string ReasonLabel(ReportReason reason, Texts.Phrasebook t) => reason switch
    {
        ReportReason.Spam => t.ReportSpam,
        ReportReason.Offensive => t.ReportOffensive,
        ReportReason.NotAboutTheCity => t.ReportOffTopic,
        _ => t.ReportOther,
    };

    private static void AskWhy(ChatContext chat, Idea idea)
    {
        Button Reason(string label, ReportReason reason) => Buttons.Button(label, new VotePress(Report, idea.Id, reason));
        var t = chat.T;
        chat.Reply(t.ReportWhy(idea.Id, Markup.Escape(idea.Title)),
        [
            [Reason(t.ReportSpam, ReportReason.Spam), Reason(t.ReportOffensive, ReportReason.Offensive)],
            [Reason(t.ReportOffTopic, ReportReason.NotAboutTheCity), Reason(t.ReportOther, ReportReason.Other)],
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
        chat.Reply(chat.T.ReportThanks(ReasonLabel(reason, chat.T)), [[withdraw]]);
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

/// <summary>A press of Support, Report (with its reason, once chosen), Withdraw or Not reported under an idea.</summary>
public sealed record VotePress(string Action, long IdeaId, ReportReason? Reason);

/// <summary>/myideas: the person's own ideas with status, supports and the coordinator's comment.</summary>
public sealed class MyIdeasCommand(IIdeaRepository ideas) : ICommand
{
    public const int MaxListed = 30;

    public CommandInfo Info => CommandCatalog.MyIdeas;

    public async Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct)
    {
        var mine = await ideas.ListByAuthorAsync(chat.Member.Id, MaxListed, ct);
        if (mine.Count == 0)
        {
            MainMenu.Show(chat, chat.T.MyIdeasEmpty);
            return;
        }

        var t = chat.T;
        var text = new StringBuilder(t.MyIdeasHeader);
        foreach (var idea in mine)
        {
            text.Append("\n\n").Append(CultureInfo.InvariantCulture, $"#{idea.Id} ").Append(Markup.Bold(Markup.Escape(idea.Title)))
                .Append("\n📌 ").Append(t.Status(idea.Status))
                .Append(CultureInfo.InvariantCulture, $" · 👍 {idea.SupportCount}");
            if (idea.IsHidden)
            {
                text.Append(" · ").Append(t.ModHiddenLabel);
            }

            if (!string.IsNullOrWhiteSpace(idea.LatestComment))
            {
                text.Append("\n💬 ").Append(Markup.Escape(idea.LatestComment));
            }
        }

        MainMenu.Show(chat, text.ToString());
    }
}
