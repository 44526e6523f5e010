using GenYCity.Bot.Domain.Dashboard;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Host.Tests.Browser;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Playwright;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The dashboard's sign-in in a real browser (headless Debian Chromium, through Playwright), against the real host
/// and the fake Bot API: the coordinator follows their link and presses Sign in (with the mouse, or with the keyboard
/// alone); used and expired links and forged sessions are refused; a form posted from another origin can neither sign
/// anyone out nor use a link; the pages pass axe's accessibility rules. Every address is 127.0.0.1.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardBrowserTests(ChromiumBrowser chromium) : IAsyncLifetime
{
    private DashboardSite site = null!;

    public async Task InitializeAsync() => site = await DashboardSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task SigningIn_ReachesTheDashboard_WithAStrictHttpOnlySessionCookie()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.SignInAsync(site);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(site.CoordinatorTexts.Welcome(string.Empty).TrimEnd('!'));
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(site.CoordinatorTexts.Title)));
        var cookie = Assert.Single(await context.CookiesAsync([site.BaseUrl]), c => c.Name == DashboardSite.CookieName);
        Assert.True(cookie.HttpOnly, "the session cookie is HttpOnly");
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal("127.0.0.1", cookie.Domain);
        // A script on the page cannot read it.
        Assert.DoesNotContain(DashboardSite.CookieName, await page.EvaluateAsync<string>("document.cookie"), StringComparison.Ordinal);

        // Signing out ends the session in the browser too.
        await page.SignOutButton(site).ClickAsync();
        await Assertions.Expect(page.GetByText(site.FallbackTexts.SignedOut)).ToBeVisibleAsync();
        Assert.DoesNotContain(await context.CookiesAsync([site.BaseUrl]), c => c.Name == DashboardSite.CookieName);
        var home = await page.GotoAsync(site.Url("/dashboard"));
        Assert.Equal(401, home?.Status);
    }

    [Fact]
    public async Task TheKeyboardAlone_SignsIn()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.OpenSignInLinkAsync(site);

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.SignInButton(site)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(site.Url("/dashboard"));
        await Assertions.Expect(page.SignOutButton(site)).ToBeVisibleAsync();
        // And out again: Tab through the menu to Sign out, Enter.
        await TabToAsync(page, page.SignOutButton(site));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByText(site.FallbackTexts.SignedOut)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AUsedLink_IsRefused_InAnotherBrowser()
    {
        var link = await site.LinkAsync();
        await using (var first = await chromium.NewContextAsync())
        {
            var page = await first.OpenSignInLinkAsync(site, link);
            await page.SignInButton(site).ClickAsync();
            await Assertions.Expect(page.SignOutButton(site)).ToBeVisibleAsync();
        }

        await using var second = await chromium.NewContextAsync();
        var again = await second.OpenSignInLinkAsync(site, link);
        var refused = await PressSignInAsync(again);

        Assert.Equal(400, refused.Status);
        await Assertions.Expect(again.GetByText(site.FallbackTexts.LinkRefused)).ToBeVisibleAsync();
        Assert.DoesNotContain(await second.CookiesAsync([site.BaseUrl]), c => c.Name == DashboardSite.CookieName);
        Assert.Equal(401, (await again.GotoAsync(site.Url("/dashboard")))?.Status);
    }

    [Fact]
    public async Task AnExpiredLink_IsRefused()
    {
        await using var context = await chromium.NewContextAsync();
        var link = await site.LinkAsync();
        var page = await context.OpenSignInLinkAsync(site, link);
        site.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var refused = await PressSignInAsync(page);

        Assert.Equal(400, refused.Status);
        await Assertions.Expect(page.GetByText(site.FallbackTexts.LinkRefused)).ToBeVisibleAsync();
        await Assertions.Expect(page.SignOutButton(site)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AResident_WithAForgedCookie_DoesNotSeeTheDashboard()
    {
        var resident = await site.ResidentAsync();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();

        // A cookie the bot never made.
        await context.AddCookiesAsync([SessionCookie(DashboardSite.ForgedCookieValue)]);
        var forged = await page.GotoAsync(site.Url("/dashboard"));
        Assert.Equal(401, forged?.Status);
        await Assertions.Expect(page.GetByText(site.FallbackTexts.NotSignedIn)).ToBeVisibleAsync();
        await Assertions.Expect(page.SignOutButton(site)).ToHaveCountAsync(0);

        // Even one made with the bot's own keys, for the resident: they are no coordinator, so no dashboard, and the cookie is cleared.
        await context.ClearCookiesAsync();
        await context.AddCookiesAsync([SessionCookie(await site.GenuineCookieValueForAsync(resident))]);
        var genuine = await page.GotoAsync(site.Url("/dashboard"));
        Assert.Equal(401, genuine?.Status);
        await Assertions.Expect(page.SignOutButton(site)).ToHaveCountAsync(0);
        Assert.DoesNotContain(await context.CookiesAsync([site.BaseUrl]), c => c.Name == DashboardSite.CookieName);
    }

    [Fact]
    public async Task BeforeSigningIn_ThePagesSpeakTheBrowsersLanguage_WhenTheCityOffersIt()
    {
        var russian = DashboardTexts.For(Language.Ru);
        await using var context = await chromium.NewContextAsync(new() { Locale = "ru-RU" });
        var page = await context.NewPageAsync();

        Assert.Equal(401, (await page.GotoAsync(site.Url("/dashboard")))?.Status);
        await Assertions.Expect(page.GetByText(russian.NotSignedIn)).ToBeVisibleAsync();
        Assert.Equal("ru", await page.GetAttributeAsync("html", "lang"));
        // A link that signs no one in: its page, and what pressing Sign in says.
        await page.GotoAsync(site.Url("/dashboard/signin?token=used-or-made-up"));
        await page.GetByRole(AriaRole.Button, new() { Name = russian.SignIn, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText(russian.LinkRefused)).ToBeVisibleAsync();

        // A language the city does not offer falls back to the city's own.
        await using var german = await chromium.NewContextAsync(new() { Locale = "de-DE" });
        var other = await german.NewPageAsync();
        await other.GotoAsync(site.Url("/dashboard"));
        await Assertions.Expect(other.GetByText(DashboardTexts.For(Language.Lv).NotSignedIn)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AFormPostedFromAnotherOrigin_IsRefused_AndTheSessionLivesOn()
    {
        // Another origin, but on 127.0.0.1 too, so the browser counts it the same site (ports do not make sites):
        // SameSite=Strict does not hold the session cookie back here, it goes with the forged post, and only the
        // anti-forgery token refuses it. Stricter than a real attacker's site, where the cookie would not be sent at all.
        await using var attacker = await OtherSite.StartAsync();
        Assert.NotEqual(new Uri(site.BaseUrl).Port, new Uri(attacker.BaseUrl).Port);
        await using var context = await chromium.NewContextAsync();
        var page = await context.SignInAsync(site);
        // A valid link nobody has used yet, which a forged press of Sign in would try to use up.
        var unusedLink = await site.LinkAsync();
        var unusedToken = unusedLink[(unusedLink.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];

        var signOut = attacker.ServeAutoSubmittingForm("prize", site.Url("/dashboard/signout"));
        var signIn = attacker.ServeAutoSubmittingForm("another-prize", site.Url("/dashboard/signin"), ("token", unusedToken));
        foreach (var (lure, target) in new[] { (signOut, "/dashboard/signout"), (signIn, "/dashboard/signin") })
        {
            var lured = await context.NewPageAsync();
            var posted = await lured.RunAndWaitForResponseAsync(
                () => lured.GotoAsync(lure),
                r => r.Request.Method == "POST" && r.Url == site.Url(target));
            Assert.Equal(attacker.BaseUrl, await posted.Request.HeaderValueAsync("origin"));
            Assert.Equal(400, posted.Status);
            await lured.CloseAsync();
        }

        // Still signed in, as themselves.
        var home = await page.GotoAsync(site.Url("/dashboard"));
        Assert.Equal(200, home?.Status);
        await Assertions.Expect(page.SignOutButton(site)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(site.CoordinatorTexts.Welcome("Anna"))).ToBeVisibleAsync();
        // And the forged press did not use the link up: it still signs in.
        await using var other = await chromium.NewContextAsync();
        var otherPage = await other.OpenSignInLinkAsync(site, unusedLink);
        await otherPage.SignInButton(site).ClickAsync();
        await Assertions.Expect(otherPage.SignOutButton(site)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheSignInPage_AndTheDashboard_PassAxe()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.OpenSignInLinkAsync(site);
        await page.AssertAccessibleAsync();

        await page.SignInButton(site).ClickAsync();
        await Assertions.Expect(page.SignOutButton(site)).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    /// <summary>Presses Sign in; the response to the press (the POST itself, before any redirect).</summary>
    private Task<IResponse> PressSignInAsync(IPage page) =>
        page.RunAndWaitForResponseAsync(
            () => page.SignInButton(site).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url == site.Url("/dashboard/signin"));

    private Cookie SessionCookie(string value) => new()
    {
        Name = DashboardSite.CookieName,
        Value = value,
        Url = site.BaseUrl,
        HttpOnly = true,
        SameSite = SameSiteAttribute.Strict,
    };

    /// <summary>Presses Tab until the control has the focus (at most 30 times: the page's controls in order), as someone without a mouse does.</summary>
    internal static async Task TabToAsync(IPage page, ILocator control)
    {
        for (var presses = 0; presses < 30; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await control.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail("The control cannot be reached with Tab.");
    }
}
