using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>/ideas ordered and filtered: newest, a shuffle that holds while paging, by theme and by district. Page size 2.</summary>
public sealed class BrowseIdeasTests
{
    private static readonly Phrasebook En = Phrasebook.For(Language.En);
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task Newest_PutsTheLatestFirst()
    {
        await ApprovedAsync(("One", "parks"), ("Two", "culture"), ("Three", "parks"));

        var newest = await chat.Press("ideas:1:n:0:0:0", userId: "45");

        Assert.Equal(["#3", "#2"], Titles(newest));
        Assert.Equal("✓ 🆕 Newest", newest[^1].Buttons[1][1].Label);
        Assert.Equal("ideas:2:n:0:0:0", newest[^1].Payloads().First());
    }

    [Fact]
    public async Task AShuffle_KeepsItsOrderFromPageToPage_AndShowsEveryIdeaOnce()
    {
        await ApprovedAsync(("One", "parks"), ("Two", "culture"), ("Three", "parks"), ("Four", "parks"), ("Five", "culture"));
        var first = await chat.Press("ideas:1:r:0:0:4711", userId: "45");
        var again = await chat.Press("ideas:1:r:0:0:4711", userId: "45");
        Assert.Equal(Titles(first), Titles(again));

        var seen = new List<string>(Titles(first));
        var next = first[^1].Payloads().First();
        for (var page = 2; page <= 3; page++)
        {
            Assert.Equal($"ideas:{page}:r:0:0:4711", next);
            var shown = await chat.Press(next, userId: "45");
            seen.AddRange(Titles(shown));
            next = shown[^1].Payloads().FirstOrDefault(p => p.StartsWith($"ideas:{page + 1}:", StringComparison.Ordinal)) ?? string.Empty;
        }

        Assert.Equal(["#1", "#2", "#3", "#4", "#5"], seen.Order());
        Assert.NotEqual(["#1", "#2", "#3", "#4", "#5"], seen);
    }

    [Fact]
    public async Task AThemeIsChosenFromItsMenu_AndOnlyItsIdeasAreShown()
    {
        await ApprovedAsync(("One", "parks"), ("Two", "culture"), ("Three", "parks"));

        var menu = Assert.Single(await chat.Press("ideas:1:s:0:0:0:t", userId: "45"), m => !m.ButtonsOnly);
        Assert.Equal(En.IdeasWhichTheme, menu.Text);
        Assert.Equal(["ideas:1", "ideas:1:s:1:0:0", "ideas:1:s:2:0:0"], menu.Payloads());
        var culture = await chat.Press("ideas:1:s:2:0:0", userId: "45");

        Assert.Equal(["#2"], Titles(culture));
        Assert.Equal("🏷 Culture", culture[^1].Buttons[^1][0].Label);
    }

    [Fact]
    public async Task ADistrictFilter_IsOfferedWhereTheCityHasThem_AndAnEmptyOneSaysSo()
    {
        chat.Options.Districts = [new Theme { Key = "centrs", Lv = "Centrs", Ru = "Центр", En = "Centre" }, new Theme { Key = "griva", Lv = "Grīva", Ru = "Грива", En = "Grīva" }];
        await ApprovedAsync(("One", "parks"), ("Two", "culture"));

        var page = await chat.Say("/ideas", userId: "45");
        Assert.Equal(["🏷 All themes", "📍 All districts"], page[^1].Buttons[^1].Select(b => b.Label));
        var none = await chat.Press("ideas:1:s:0:1:0", userId: "45");

        Assert.Equal(En.IdeasNoneFiltered, Assert.Single(none, m => !m.ButtonsOnly).Text);
        Assert.Contains("ideas:1:s:0:1:0:d", Assert.Single(none, m => !m.ButtonsOnly).Payloads());
    }

    [Theory]
    [InlineData("ideas:1:x:0:0:0")]
    [InlineData("ideas:1:s:0:0")]
    [InlineData("ideas:1:s:0:0:0:q")]
    [InlineData("ideas:1:s:-1:0:0")]
    [InlineData("ideas:1:s:0:0:1234567")]
    public async Task AForgedPayload_IsAnOldButton(string payload)
    {
        await ApprovedAsync(("One", "parks"));

        Assert.Equal(En.StaleButton, (await chat.Press(payload, userId: "45"))[^1].Text);
    }

    [Fact]
    public async Task AThemeThatIsNoLongerConfigured_ShowsThemAll()
    {
        await ApprovedAsync(("One", "parks"), ("Two", "culture"));

        Assert.Equal(["#1", "#2"], Titles(await chat.Press("ideas:1:s:9:0:0", userId: "45")));
    }

    private static List<string> Titles(IReadOnlyList<OutboundMessage> messages) =>
        messages.Where(m => m.Text.StartsWith("<b>#", StringComparison.Ordinal)).Select(m => m.Text[3..m.Text.IndexOf(' ', StringComparison.Ordinal)]).ToList();

    private async Task ApprovedAsync(params (string Title, string Theme)[] ideas)
    {
        await chat.Onboard(Language.Lv, "1");
        await chat.Onboard(Language.En, "42");
        await chat.Onboard(Language.En, "45");
        foreach (var (title, theme) in ideas)
        {
            await chat.SubmitIdea(title, theme: theme);
            await chat.Press($"mod:ok:{chat.Ideas.All.Count}", userId: "1");
        }
    }
}
