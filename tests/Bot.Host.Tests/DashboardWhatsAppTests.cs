using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Tests.Browser;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// An announcement's preview on the dashboard, in a real browser, when some of its audience are on WhatsApp outside their
/// 24-hour window: it says how many get the city's paid template and how many will not get it, before Send.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardWhatsAppTests(ChromiumBrowser chromium) : IAsyncLifetime
{
    private static readonly DashboardPhrases P = DashboardPhrases.For(Language.Lv);
    private static readonly Phrasebook T = Phrasebook.For(Language.Lv);

    private FakeCloudApi cloud = null!;
    private DashboardSite site = null!;

    public async Task InitializeAsync()
    {
        cloud = await FakeCloudApi.StartAsync();
        // The site's own public address stays; the WhatsApp number and its Latvian announcement template are added.
        site = await DashboardSite.StartAsync(settings:
        [
            .. RunningBot.WhatsAppSettings(cloud).Where(s => !s.StartsWith("--Dashboard:", StringComparison.Ordinal)),
            "--WhatsApp:Templates:announcement:lv:Name=genycity_news_lv",
            "--WhatsApp:Templates:announcement:lv:Parameters:0=text",
        ]);
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        await cloud.DisposeAsync();
    }

    [Fact]
    public async Task ThePreview_CountsThePaidTemplates_AndThoseSkipped_OutsideTheWindow()
    {
        var twoDaysAgo = site.Clock.GetUtcNow().AddDays(-2);
        await site.Bot.InScopeAsync(async db =>
        {
            foreach (var (id, language) in new[] { ("37120000001", Language.Lv), ("37120000002", Language.Lv), ("37120000003", Language.Ru) })
            {
                var member = new Member(ChannelKind.WhatsApp, id, id, language, twoDaysAgo);
                member.GiveConsent(twoDaysAgo);
                db.Members.Add(member);
            }

            return await db.SaveChangesAsync();
        });
        await using var context = await chromium.NewContextAsync();
        var page = await context.SignInAsync(site);

        await page.GotoAsync(site.Url("/dashboard/announce"));
        await page.GetByLabel(P.AnnouncementText).FillAsync("Peldēšana piektdien!");
        await page.Locator("input[name=audience][value=all]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = P.Preview }).ClickAsync();

        var preview = page.GetByRole(AriaRole.Region, new() { Name = P.Preview });
        await Expect(preview).ToContainTextAsync(Markup.ToPlainText(T.AnnounceWindowTemplated(2)));
        await Expect(preview).ToContainTextAsync(Markup.ToPlainText(T.AnnounceWindowSkipped(1)));
        await page.AssertAccessibleAsync();
    }
}
