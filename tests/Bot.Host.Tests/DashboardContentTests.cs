using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Tests.Browser;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// What the dashboard's pages show of a city some weeks in (<see cref="DashboardCity"/>), in a real browser: ideas' photos
/// and points on the map, the status change that starts on nothing, the icon, and what a broadcast sent.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardContentTests(ChromiumBrowser chromium, DashboardCityFixture seeded)
{
    private static readonly DashboardPhrases P = DashboardPhrases.For(Language.Lv);

    private readonly DashboardSite site = seeded.Site;
    private readonly DashboardCity.Seeded city = seeded.City;

    [Fact]
    public async Task AnIdeasPhoto_AndItsPointOnTheMap_AreOnItsPage_AndOnItsModerationCard()
    {
        var map = Place.FromPoint(55.8747, 26.5362)!.MapLink!;
        await using var context = await chromium.NewContextAsync();
        var page = await context.SignInAsync(site);

        await page.GotoAsync(site.Url($"/dashboard/ideas/{city.ConsolePhotoIdea}"));
        var photo = page.GetByRole(AriaRole.Img, new() { Name = P.IdeaPhotoAlt });
        await Expect(photo).ToBeVisibleAsync();
        // Served, and the picture itself (a broken image has no natural width).
        await Expect(photo).ToHaveJSPropertyAsync("naturalWidth", 480);
        await Expect(page.GetByText("Stropu ezera parks")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = P.OnTheMap })).ToHaveAttributeAsync("href", map);
        await page.AssertAccessibleAsync();

        await page.GotoAsync(site.Url("/dashboard/moderation"));
        var card = Card(page, city.ConsolePhotoIdea);
        await Expect(card.GetByRole(AriaRole.Img, new() { Name = P.IdeaPhotoAlt })).ToHaveJSPropertyAsync("naturalWidth", 480);
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = P.OnTheMap })).ToHaveAttributeAsync("href", map);
        // Messenger's photo is on Messenger's servers: a link to it. Telegram's only Telegram can show: said so.
        await Expect(Card(page, city.MessengerPhotoIdea).GetByRole(AriaRole.Link, new() { Name = P.PhotoLink("Messenger") }))
            .ToHaveAttributeAsync("href", DashboardCity.MessengerPhotoUrl);
        await Expect(Card(page, city.TelegramPhotoIdea)).ToContainTextAsync(P.PhotoOnPlatform("Telegram"));
        await Expect(Card(page, city.TelegramPhotoIdea).GetByRole(AriaRole.Img)).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        // A file that has gone since is said so, rather than a broken picture (and put back for the class's other tests).
        var picture = await File.ReadAllBytesAsync(city.PhotoPath);
        File.Delete(city.PhotoPath);
        try
        {
            await page.GotoAsync(site.Url($"/dashboard/ideas/{city.ConsolePhotoIdea}"));
            await Expect(page.GetByText(P.PhotoGone)).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Img)).ToHaveCountAsync(0);
        }
        finally
        {
            await File.WriteAllBytesAsync(city.PhotoPath, picture);
        }
    }

    [Fact]
    public async Task AnIdeasPhoto_IsServedToCoordinatorsOnly_AndOnlyAPhotoFile()
    {
        var path = site.Url(IdeaModelPhoto(city.ConsolePhotoIdea));
        await using var context = await chromium.NewContextAsync();
        var page = await context.SignInAsync(site);

        var served = await page.APIRequest.GetAsync(path);
        Assert.Equal(200, served.Status);
        Assert.Equal("image/png", served.Headers["content-type"]);
        Assert.Equal(await File.ReadAllBytesAsync(city.PhotoPath), await served.BodyAsync());
        Assert.Equal("no-cache, no-store", served.Headers["cache-control"]);
        // Only a console idea's file; a Messenger address or a Telegram file id is nothing to serve.
        Assert.Equal(404, (await page.APIRequest.GetAsync(site.Url(IdeaModelPhoto(city.MessengerPhotoIdea)))).Status);
        Assert.Equal(404, (await page.APIRequest.GetAsync(site.Url(IdeaModelPhoto(city.TelegramPhotoIdea)))).Status);
        Assert.Equal(404, (await page.APIRequest.GetAsync(site.Url(IdeaModelPhoto(9999)))).Status);

        // A file that is not a picture, named as the idea's photo, is not served (the picture is put back after).
        var picture = await File.ReadAllBytesAsync(city.PhotoPath);
        await File.WriteAllTextAsync(city.PhotoPath, "not a picture");
        try
        {
            Assert.Equal(404, (await page.APIRequest.GetAsync(path)).Status);
        }
        finally
        {
            await File.WriteAllBytesAsync(city.PhotoPath, picture);
        }

        // Without a session: no photo. A resident with a cookie made with the bot's own keys: no photo.
        await using var stranger = await chromium.NewContextAsync();
        Assert.Equal(401, (await (await stranger.NewPageAsync()).APIRequest.GetAsync(path)).Status);
        // One of the city's seeded residents: a new one would change the figures the collection's other tests read.
        var resident = new TelegramUser(site.Api, 8001);
        await using var residents = await chromium.NewContextAsync();
        await residents.AddCookiesAsync([new() { Name = DashboardSite.CookieName, Value = await site.GenuineCookieValueForAsync(resident), Url = site.BaseUrl }]);
        Assert.Equal(401, (await (await residents.NewPageAsync()).APIRequest.GetAsync(path)).Status);
    }

    [Fact]
    public async Task TheIcon_IsServed_AndNamedByEveryPage()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/favicon.ico", "/dashboard/icon.svg" })
        {
            var icon = await page.APIRequest.GetAsync(site.Url(path));
            Assert.Equal(200, icon.Status);
            Assert.Equal("image/svg+xml", icon.Headers["content-type"]);
            Assert.StartsWith("<svg", await icon.TextAsync(), StringComparison.Ordinal);
        }

        // The sign-in page and the dashboard's pages name it; the browser loads it (same origin, as the pages' policy allows).
        await page.GotoAsync(site.Url("/dashboard"));
        await Expect(page.Locator("link[rel=icon]")).ToHaveAttributeAsync("href", "/dashboard/icon.svg");
        var signedIn = await context.SignInAsync(site);
        await Expect(signedIn.Locator("link[rel=icon]")).ToHaveAttributeAsync("href", "/dashboard/icon.svg");
    }

    [Fact]
    public async Task TheStatusChange_StartsOnNothing_AndAsksForAChoice()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.SignInAsync(site);
        await page.GotoAsync(site.Url("/dashboard/ideas/3"));
        var status = page.GetByLabel(P.NewStatus);

        await Expect(status).ToHaveValueAsync(string.Empty);
        await Expect(status.Locator("option:checked")).ToHaveTextAsync(P.ChooseOption);
        await page.GetByRole(AriaRole.Button, new() { Name = P.ChangeStatus }).ClickAsync();

        // The browser holds the form back until a status is chosen; nothing changes.
        Assert.True(await status.EvaluateAsync<bool>("s => s.validity.valueMissing"));
        await Expect(page).ToHaveURLAsync(site.Url("/dashboard/ideas/3"));
        Assert.Equal(IdeaStatus.Approved, await site.Bot.InScopeAsync(db => db.Ideas.Where(i => i.Id == 3).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task ABroadcastsPage_ShowsWhatWentOut_ToWhom_AndItsKind()
    {
        var stats = Domain.Stats.StatsTexts.For(Language.Lv);
        await using var context = await chromium.NewContextAsync();
        var page = await context.SignInAsync(site);

        await page.GotoAsync(site.Url(GenYCity.Bot.Host.Dashboard.Pages.BroadcastModel.PathOf(city.PollId)));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{P.BroadcastTitle(city.PollId)} · {stats.KindPoll}");
        await Expect(Definition(page, P.BroadcastKind)).ToHaveTextAsync(stats.KindPoll);
        await Expect(Definition(page, P.Recipients)).ToHaveTextAsync(P.AudienceAnnouncementSubscribers);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = P.WhatWentOut })).ToContainTextAsync("🗳 Kur rīkot nākamo talku?");
        await Expect(page.Locator("#progress")).ToHaveTextAsync($"{P.BroadcastDone} {P.BroadcastProgress(47, 47)}");
        await page.AssertAccessibleAsync();

        // The announcement's text as its readers saw it: the chat's markup is not shown as tags, nor made into the page's own.
        await page.GotoAsync(site.Url(GenYCity.Bot.Host.Dashboard.Pages.BroadcastModel.PathOf(city.AnnouncementId)));
        var sent = page.GetByRole(AriaRole.Region, new() { Name = P.WhatWentOut });
        await Expect(sent.Locator("p.text")).ToHaveTextAsync("Svētdien: talka pie Stropu ezera un pikniks!");
        await Expect(sent.Locator("p.text b")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(stats.KindAnnouncement);

        // The overview's broadcasts chart names each by its kind: one announcement, not five.
        await page.GotoAsync(site.Url("/dashboard"));
        var table = page.GetByRole(AriaRole.Table, new() { Name = P.ChartBroadcasts });
        await page.Locator("section.chart").Filter(new() { Has = page.GetByRole(AriaRole.Img, new() { Name = P.ChartBroadcasts }) }).GetByText(P.ChartNumbers).ClickAsync();
        await Expect(table.Locator("tbody th")).ToHaveCountAsync(5);
        foreach (var kind in new[] { stats.KindAnnouncement, stats.KindEventPublished, stats.KindPoll, stats.KindIdeaNews, stats.KindDigest })
        {
            await Expect(table.GetByRole(AriaRole.Rowheader).Filter(new() { HasText = $" {kind} · " })).ToHaveCountAsync(1);
        }
    }

    [Fact]
    public async Task TheAnnouncePage_ListsWhatWasSentLately_EachByItsKind_NewestFirst_WithALinkToItsPage()
    {
        var stats = Domain.Stats.StatsTexts.For(Language.Lv);
        await using var context = await chromium.NewContextAsync();
        var page = await context.SignInAsync(site);
        await page.GotoAsync(site.Url("/dashboard/announce"));

        var rows = page.GetByRole(AriaRole.Region, new() { Name = P.RecentBroadcasts }).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(5);
        await Expect(rows.Locator("td:nth-child(2)")).ToHaveTextAsync([stats.KindDigest, stats.KindIdeaNews, stats.KindPoll, stats.KindEventPublished, stats.KindAnnouncement]);
        await Expect(rows.Nth(2)).ToContainTextAsync($"{P.BroadcastDone} {P.BroadcastProgress(47, 47)}");
        await rows.Nth(2).GetByRole(AriaRole.Link, new() { Name = $"#{city.PollId}" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url(GenYCity.Bot.Host.Dashboard.Pages.BroadcastModel.PathOf(city.PollId)));
    }

    /// <summary>The README's screenshots, taken from the seeded city in English (the README's language) at a desk's and a phone's width.</summary>
    [Fact]
    public async Task TheReadmesScreenshots_ShowACityWeeksIn_OnADesk_AndOnAPhone()
    {
        await using var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.SignInAsync(site);
        await CoordinatorSpeaksAsync(Language.En);
        try
        {
            await page.ReloadAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

            // The overview on a desk: the key figures, then the charts two by two.
            await Expect(page.Locator("#figure-members .figure")).ToHaveTextAsync("62");
            await Expect(page.Locator("svg.genycity-chart-wide").First).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Screenshot("screenshots/dashboard-desk.png") });

            // On a phone (390 × 844): the same figures first, the menu wrapped, a chart drawn for the phone.
            await page.SetViewportSizeAsync(390, 844);
            await Expect(page.Locator("svg.genycity-chart-narrow").First).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Screenshot("screenshots/dashboard-phone.png") });

            // An idea waiting for review, with its photo and its place, as a moderator checks it on a phone.
            await page.GotoAsync(site.Url($"/dashboard/ideas/{city.ConsolePhotoIdea}"));
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = DashboardPhrases.For(Language.En).IdeaPhotoAlt })).ToHaveJSPropertyAsync("naturalWidth", 480);
            await page.ScreenshotAsync(new() { Path = Screenshot("screenshots/idea-phone.png") });
        }
        finally
        {
            // The collection's other tests read the dashboard in Latvian.
            await CoordinatorSpeaksAsync(Language.Lv);
        }
    }

    [Theory]
    [InlineData(false, 0, 0, "preparing")]
    [InlineData(false, 40, 12, "sending")]
    [InlineData(true, 40, 40, "done")]
    [InlineData(true, 0, 0, "nobody")]
    public void TheProgressLine_SaysPreparing_UntilThereIsSomethingToCount(bool done, int queued, int sent, string expected)
    {
        var (state, text) = GenYCity.Bot.Host.Dashboard.Pages.BroadcastModel.Progress(P, done, new Domain.Broadcasts.BroadcastCounts(queued, sent, 0, 0, 0));

        Assert.Equal(
            expected switch
            {
                "preparing" => (P.BroadcastPreparing, string.Empty),
                "sending" => (P.BroadcastSending, P.BroadcastProgress(12, 40)),
                "done" => (P.BroadcastDone, P.BroadcastProgress(40, 40)),
                _ => (P.BroadcastDone, P.BroadcastNobody),
            },
            (state, text));
        Assert.DoesNotContain(P.BroadcastProgress(0, 0), text, StringComparison.Ordinal);
    }

    /// <summary>Where the README's screenshots of the dashboard are kept: docs/{name} at the repository's root.</summary>
    private static string Screenshot(string name)
    {
        var path = Path.Combine(Repository.Root(), "docs", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private Task<int> CoordinatorSpeaksAsync(Language language) => site.Bot.InScopeAsync(async db =>
    {
        (await db.Members.SingleAsync(m => m.ExternalId == "777")).ChooseLanguage(language);
        return await db.SaveChangesAsync();
    });

    /// <summary>A definition list's value by its term.</summary>
    private static ILocator Definition(IPage page, string term) =>
        page.Locator($"dt:text-is(\"{term}\") + dd");

    private static string IdeaModelPhoto(long id) => GenYCity.Bot.Host.Dashboard.Pages.IdeaModel.PhotoPath(id);

    private static ILocator Card(IPage page, long ideaId) =>
        page.Locator("article").Filter(new() { Has = page.Locator($"#idea-{ideaId}") });
}
