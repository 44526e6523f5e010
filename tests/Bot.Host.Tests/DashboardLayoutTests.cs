using System.Globalization;
using GenYCity.Bot.Host.Tests.Browser;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Every dashboard page as people meet it, on a phone, a tablet and a desk (360, 390, 768 and 1280 pixels wide), in a
/// real browser: no page scrolls sideways (a wide table scrolls inside its own box), a chart's words stay readable,
/// and a page with little on it is no taller than the window.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardLayoutTests(ChromiumBrowser chromium, DashboardCityFixture seeded)
{
    private static readonly int[] Widths = [360, 390, 768, 1280];

    /// <summary>The smallest chart text, in CSS pixels, that the tests take as readable.</summary>
    private const double SmallestChartText = 10.5;

    private readonly DashboardSite site = seeded.Site;
    private readonly DashboardCity.Seeded city = seeded.City;

    [Fact]
    public async Task NoPage_ScrollsSideways_AtAnyWidth_AndChartTextStaysReadable()
    {
        string[] paths =
        [
            "/dashboard", "/dashboard?weeks=52", "/dashboard/moderation", "/dashboard/ideas", $"/dashboard/ideas/{city.ConsolePhotoIdea}",
            $"/dashboard/ideas/{city.MessengerPhotoIdea}", "/dashboard/ideas/1", "/dashboard/events", $"/dashboard/events/{city.EventId}",
            "/dashboard/announce", $"/dashboard/broadcasts/{city.AnnouncementId}", $"/dashboard/broadcasts/{city.PollId}",
            "/dashboard/report?from=2026-09-01&to=2026-12-31", "/dashboard/exports",
        ];
        var logged = site.Bot.Logs.Lines.Count;
        await using var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.SignInAsync(site);
        var problems = new List<string>();
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(site.Url(path));
            Assert.Equal(200, response?.Status);
            // The same page, laid out again at each width: what a phone turned or a window dragged narrower shows.
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 800);
                var (scrollWidth, innerWidth) = await WidthsAsync(page);
                if (innerWidth != width)
                {
                    problems.Add($"{path} at {width}: the window is {innerWidth} px wide");
                }

                if (scrollWidth > innerWidth)
                {
                    problems.Add($"{path} at {width}: {scrollWidth} px wide in a {innerWidth} px window");
                }

                if (await SmallestChartTextAsync(page) is { } smallest && smallest < SmallestChartText)
                {
                    problems.Add($"{path} at {width}: chart text {smallest.ToString("0.0", CultureInfo.InvariantCulture)} px high");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        // Every page with a form, at every width, and not one warning in the log (the anti-forgery system's about caching used to come with each).
        Assert.DoesNotContain(site.Bot.Logs.Lines.Skip(logged), line => line.StartsWith(nameof(LogLevel.Warning), StringComparison.Ordinal));
    }

    [Fact]
    public async Task APageWithLittleOnIt_IsNoTallerThanTheWindow()
    {
        await using var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.SignInAsync(site);
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 800);
            await page.GotoAsync(site.Url("/dashboard/exports"));
            // The page's content really is short here, so any extra height is the layout's own.
            var content = await page.EvaluateAsync<double>("() => document.querySelector('main').lastElementChild.getBoundingClientRect().bottom");
            Assert.True(content < 700, $"the exports page's content ends at {content} px at {width}: not a short page any more");
            var (scrollHeight, innerHeight) = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollHeight, window.innerHeight]") switch { var h => (h[0], h[1]) };
            Assert.True(scrollHeight <= innerHeight, $"at {width} the exports page is {scrollHeight} px tall in an {innerHeight} px window");
        }
    }

    [Fact]
    public async Task TheEventForm_TitleAndPlaceBoxes_TakeTheFormsWidth()
    {
        await using var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.SignInAsync(site);
        await page.GotoAsync(site.Url($"/dashboard/events/{city.EventId}"));
        var p = GenYCity.Bot.Host.Dashboard.DashboardPhrases.For(Domain.Members.Language.Lv);

        foreach (var label in new[] { p.EventTitle, p.EventPlace })
        {
            var box = page.GetByLabel(label, new() { Exact = true });
            var (width, formWidth) = await box.EvaluateAsync<double[]>("b => [b.getBoundingClientRect().width, b.form.getBoundingClientRect().width]") switch { var w => (w[0], w[1]) };
            Assert.True(width >= formWidth - 1, $"{label}: {width} px in a {formWidth} px form");
        }
    }

    [Fact]
    public async Task TheOverview_StartsWithTheKeyFigures_BeforeAnyChart()
    {
        var p = GenYCity.Bot.Host.Dashboard.DashboardPhrases.For(Domain.Members.Language.Lv);
        await using var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 800 } });
        var page = await context.SignInAsync(site);

        // Sixty who joined over ten weeks, the console's Līga and the coordinator: 62; of them the coordinator (today,
        // a Tuesday) and one who joined yesterday are this week's. Three ideas wait.
        await Assertions.Expect(page.Locator("#figure-members")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^\\s*{p.Members}\\s*62\\s*{p.NewThisWeek(2)}\\s*$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"{p.IdeasWaiting} 3" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#figure-participants")).ToContainTextAsync(p.TookPartThisMonth);
        // On a phone too, they are in the first screenful, above the charts.
        var figuresBottom = await page.Locator(".figures").EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");
        var firstChartTop = await page.Locator(".chart").First.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(figuresBottom <= 800, $"the key figures end at {figuresBottom} px, below the first screenful");
        Assert.True(figuresBottom < firstChartTop);
        await page.AssertAccessibleAsync();
    }

    private static async Task<(int ScrollWidth, int InnerWidth)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }

    /// <summary>
    /// The smallest text of the charts shown, in CSS pixels: each text's font size in the chart's own units, times the
    /// chart's scale on the page (its width on the page over its viewBox's); null on a page without a chart shown.
    /// </summary>
    private static async Task<double?> SmallestChartTextAsync(IPage page) =>
        await page.EvaluateAsync<double?>("""
            () => {
                const sizes = [...document.querySelectorAll('svg[role=img]')]
                    .filter(svg => svg.getBoundingClientRect().width > 0)
                    .flatMap(svg => {
                        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                        return [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
                    });
                return sizes.length ? Math.min(...sizes) : null;
            }
            """);
}
