using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Playwright;

namespace GenYCity.Bot.Host.Tests.Browser;

/// <summary>A coordinator's way into the dashboard in a real browser: the link from their chat, the Sign in button.</summary>
public static class DashboardPages
{
    /// <summary>
    /// Opens a sign-in link (by default a new one, asked for in the coordinator's chat) in a new page of the context,
    /// on the bot's own address; the page shows the Sign in button.
    /// </summary>
    public static async Task<IPage> OpenSignInLinkAsync(this IBrowserContext context, DashboardSite site, string? link = null)
    {
        link ??= await site.LinkAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(site.Url(link));
        Assert.Equal(200, response?.Status);
        return page;
    }

    /// <summary>The sign-in page's button, found by its accessible name as a person (or a screen reader) finds it.</summary>
    public static ILocator SignInButton(this IPage page, DashboardSite site) =>
        page.GetByRole(AriaRole.Button, new() { Name = site.FallbackTexts.SignIn, Exact = true });

    /// <summary>
    /// Signs the coordinator in as a person would: asks for a link, follows it, presses Sign in; returns the page,
    /// on the dashboard's home (its sign-out button showing). The context keeps the session cookie.
    /// </summary>
    public static async Task<IPage> SignInAsync(this IBrowserContext context, DashboardSite site)
    {
        var page = await context.OpenSignInLinkAsync(site);
        await page.SignInButton(site).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Url("/dashboard"));
        await Assertions.Expect(page.SignOutButton(site)).ToBeVisibleAsync();
        return page;
    }

    /// <summary>The dashboard home's Sign out button, in the coordinator's language.</summary>
    public static ILocator SignOutButton(this IPage page, DashboardSite site) =>
        page.GetByRole(AriaRole.Button, new() { Name = site.CoordinatorTexts.SignOut, Exact = true });
}
