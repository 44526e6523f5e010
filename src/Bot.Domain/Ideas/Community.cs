using System.Globalization;
using System.Text;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// A press under /ideas: a page of one order and filter, or (with <see cref="Menu"/>) the choice of a theme
/// or district. The theme and district are positions in Bot:Themes and Bot:Districts, 0 for all, so the
/// payload stays short; the seed keeps a shuffle the same from page to page.
/// </summary>
public sealed record IdeasPage(int Number, IdeaSort Sort = IdeaSort.Supported, int Theme = 0, int District = 0, int Seed = 0, string? Menu = null);

/// <summary>
/// /ideas: public ideas a page at a time, each with Support, Report and Follow; ordered by most supported,
/// newest or shuffled, and filtered by theme (and district where the city has them).
/// </summary>
public sealed class IdeasCommand(IIdeaRepository ideas, IIdeaNewsRepository news, IdeasOptions ideasOptions, BotOptions options) : ButtonHandler<IdeasPage>, ICommand
{
    public const string Prefix = "ideas";
    public const string ThemeMenu = "t";
    public const string DistrictMenu = "d";

    private static readonly Dictionary<string, IdeaSort> Sorts = new(StringComparer.Ordinal)
    {
        ["s"] = IdeaSort.Supported,
        ["n"] = IdeaSort.Newest,
        ["r"] = IdeaSort.Shuffled,
    };

    /// <summary>"ideas:2" (the first order, no filter), "ideas:2:r:3:0:4711", and the menus "ideas:1:s:0:0:0:t".</summary>
    public static readonly ButtonData<IdeasPage> Pages = new(
        Prefix,
        page => page is { Sort: IdeaSort.Supported, Theme: 0, District: 0, Menu: null }
            ? [ButtonParts.Id(page.Number)]
            : new[] { ButtonParts.Id(page.Number), ButtonParts.Word(Sorts, page.Sort), Number(page.Theme), Number(page.District), Number(page.Seed) }.Concat(page.Menu is { } menu ? [menu] : []),
        parts => parts switch
        {
            [var number] when PageNumbers.FromPayload(number) is { } page => new IdeasPage(page),
            [var number, var sort, var theme, var district, var seed, .. var rest]
                when rest.Length <= 1 && PageNumbers.FromPayload(number) is { } page && Sorts.TryGetValue(sort, out var order)
                && Small(theme) is { } t && Small(district) is { } d && Small(seed) is { } s
                && (rest is [] || rest[0] is ThemeMenu or DistrictMenu)
                => new IdeasPage(page, order, t, d, s, rest is [var menu] ? menu : null),
            _ => null,
        });

    public CommandInfo Info => CommandCatalog.Ideas;

    public override bool NeedsConsent => false;

    protected override ButtonData<IdeasPage> Data => Pages;

    public static string PagePayload(int page) => Pages.Pack(new IdeasPage(page));

    /// <summary>"/ideas 2" opens the second page; anything else, the first.</summary>
    public Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct) =>
        ShowAsync(chat, new IdeasPage(PageNumbers.Asked(argument)), ct);

    /// <summary>The Next / Back, order and filter buttons under a page.</summary>
    protected override Task HandleAsync(ChatContext chat, IdeasPage press, CancellationToken ct)
    {
        chat.RetireSourceButtons();
        if (press.Menu is { } menu)
        {
            AskFilter(chat, press, menu);
            return Task.CompletedTask;
        }

        return ShowAsync(chat, press, ct);
    }

    private async Task ShowAsync(ChatContext chat, IdeasPage press, CancellationToken ct)
    {
        var theme = press.Theme is > 0 and var t && t <= options.Themes.Count ? options.Themes[t - 1] : null;
        var district = press.District is > 0 and var d && d <= options.Districts.Count ? options.Districts[d - 1] : null;
        var filtered = theme is not null || district is not null;
        var page = await ideas.ListPublicAsync(new IdeaFilter(press.Sort, theme?.Key, district?.Key, press.Seed), press.Number, ideasOptions.PageSize, ct);
        if (page.Total == 0 && !filtered)
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

        // With one idea there is nothing to order or page; a filter that found nothing still offers the way out.
        if (page.Total > 1 || filtered)
        {
            var at = press with { Number = page.Number, Menu = null };
            chat.Reply(page.Total == 0 ? chat.T.IdeasNoneFiltered : chat.T.IdeasPage(page.Number, page.Count), Navigation(chat, at, page, theme, district));
        }
    }

    private List<IReadOnlyList<Button>> Navigation(ChatContext chat, IdeasPage at, Page<Idea> page, Theme? theme, Theme? district)
    {
        var t = chat.T;
        var language = chat.Member.Language;
        var max = chat.Message.Channel.MaxLabelLength();
        var rows = new List<IReadOnlyList<Button>>();
        var paging = page.Navigation(t, (label, number) => Pages.Button(label, at with { Number = number }));
        if (paging.Count > 0)
        {
            rows.Add(paging);
        }

        Button Order(string label, IdeaSort sort) => Pages.Button(
            at.Sort == sort ? $"✓ {label}" : label,
            at with { Number = 1, Sort = sort, Seed = sort == IdeaSort.Shuffled ? (at.Sort == sort ? at.Seed : NewSeed(chat)) : 0 });
        rows.Add([Order(t.SortSupported, IdeaSort.Supported), Order(t.SortNewest, IdeaSort.Newest), Order(t.SortShuffled, IdeaSort.Shuffled)]);
        var filters = new List<Button>
        {
            Pages.Button(theme is null ? t.FilterAllThemes : ButtonLabel.Fit(t.FilterTheme, theme.Name(language), max), at with { Menu = ThemeMenu }),
        };
        if (options.Districts.Count > 0)
        {
            filters.Add(Pages.Button(district is null ? t.FilterAllDistricts : ButtonLabel.Fit(t.FilterDistrict, district.Name(language), max), at with { Menu = DistrictMenu }));
        }

        rows.Add(filters);
        return rows;
    }

    /// <summary>The themes (or districts) to choose from, two to a row, and All first; each opens the first page.</summary>
    private void AskFilter(ChatContext chat, IdeasPage at, string menu)
    {
        var t = chat.T;
        var language = chat.Member.Language;
        var byTheme = menu == ThemeMenu;
        var entries = byTheme ? options.Themes : options.Districts;
        var choices = entries
            .Select((entry, i) => Pages.Button(entry.Name(language), byTheme ? at with { Number = 1, Theme = i + 1, Menu = null } : at with { Number = 1, District = i + 1, Menu = null }))
            .Prepend(Pages.Button(byTheme ? t.FilterAllThemes : t.FilterAllDistricts, byTheme ? at with { Number = 1, Theme = 0, Menu = null } : at with { Number = 1, District = 0, Menu = null }))
            .Chunk(2)
            .Select(row => (IReadOnlyList<Button>)row)
            .ToList();
        chat.Reply(byTheme ? t.IdeasWhichTheme : t.IdeasWhichDistrict, choices);
    }

    /// <summary>A new shuffle for this person now (the clock's milliseconds: a different order each time it is chosen).</summary>
    private static int NewSeed(ChatContext chat) => (int)(chat.Now.ToUnixTimeMilliseconds() % 999_983) + 1;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>0 to 999 999, digits only.</summary>
    private static int? Small(string text) => text is { Length: > 0 and <= 6 } && text.All(char.IsAsciiDigit) ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}

/// <summary>
/// Support (pressed again, withdrawn) and Report under a public idea ("vote:up:12", "vote:flag:12"). Report
/// asks why ("vote:flag:12:spam"), confirms, and can be taken back ("vote:unflag:12").
/// </summary>
public sealed class VoteButtons(IIdeaRepository ideas, IdeaTimeline timeline, IdeasOptions ideasOptions, IdeaNotices notices) : ButtonHandler<VotePress>
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
        bool following;
        if (existing is null)
        {
            ideas.AddSupport(new IdeaSupport(idea.Id, chat.Member.Id, chat.Now));
            idea.AddSupport();
            following = await timeline.SupportedAsync(chat, idea, ct);
        }
        else
        {
            ideas.RemoveSupport(existing);
            idea.RemoveSupport();
            following = await timeline.SupportWithdrawnAsync(chat, idea, ct);
        }

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
