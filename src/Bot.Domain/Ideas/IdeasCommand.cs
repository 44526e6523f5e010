using System.Globalization;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// /ideas: public ideas a page at a time, each with Support, Report and Follow; ordered by most supported,
/// newest or shuffled, and filtered by theme (and district where the city has them).
/// </summary>
public sealed class IdeasCommand(IIdeaRepository ideas, IIdeaNewsRepository news, IdeasOptions ideasOptions, BotOptions options, Translation.TranslationOffer translation) : ButtonHandler<IdeasPage>, ICommand
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

    /// <summary>/ideas in the command catalog.</summary>
    public static CommandInfo Command { get; } = new("ideas", Audience.Everyone, false, 30, p => p.CmdIdeas, p => p.MenuIdeas);

    public CommandInfo Info => Command;

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
            chat.Send(IdeaCards.ForCommunity(here, idea, chat.Member, options, new Viewing(supported.Contains(idea.Id), followed.Contains(idea.Id), Translatable: translation.For(idea.AuthorLanguage, chat.Member.Language))));
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
