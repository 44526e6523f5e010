using GenYCity.Bot.Domain.Comments;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Translation;
using GenYCity.Bot.Host.Comments;
using GenYCity.Bot.Host.Tests.Browser;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Comments and translations on the dashboard, in a real browser against the real host, the fake Bot API and a
/// fake LibreTranslate: a Russian idea is translated beside the original in moderation and on its page; its
/// English comment is translated beside it, hidden, and shown again, the thread in the chat following.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardCommentsTests(ChromiumBrowser chromium) : IAsyncLifetime
{
    private static readonly CommentPhrases C = CommentPhrases.For(Language.Lv);
    private static readonly TranslationTexts Tr = TranslationTexts.For(Language.Lv);

    private FakeLibreTranslate translate = null!;
    private DashboardSite site = null!;

    public async Task InitializeAsync()
    {
        translate = await FakeLibreTranslate.StartAsync();
        site = await DashboardSite.StartAsync(settings: [$"--Translation:Url={translate.BaseUrl}"]);
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        await translate.DisposeAsync();
    }

    [Fact]
    public async Task AnIdeaAndItsComment_AreTranslatedBesideTheOriginal_AndTheCommentIsHiddenAndShownAgain()
    {
        var author = await new TelegramUser(site.Api, 2001, languageCode: "ru").OnboardAsync("ru");
        await author.SubmitsIdeaAsync("Скамейки у Даугавы", "Десять скамеек на набережной.");
        await using var context = await chromium.NewContextAsync();
        var page = await context.SignInAsync(site);

        // In moderation: translated beside the original, on request.
        translate.Translates("Soliņi pie Daugavas");
        await page.GotoAsync(site.Url("/dashboard/moderation"));
        await page.GetByRole(AriaRole.Button, new() { Name = Tr.Translate }).ClickAsync();
        await Expect(page.Locator(".translation")).ToContainTextAsync("Soliņi pie Daugavas");
        await Expect(page.GetByText("Десять скамеек на набережной.")).ToBeVisibleAsync();
        Assert.Equal(2, translate.Calls.Count);
        await page.AssertAccessibleAsync();

        // Approved, the idea gets a comment in English; its page shows the idea's kept translation and translates the comment.
        site.Coordinator.Presses("mod:ok:1");
        await author.NextAsync(c => (c.Text ?? "").Contains("одобрена", StringComparison.Ordinal));
        var reader = await site.ResidentAsync(2002);
        reader.Says("/ideas");
        await reader.NextAsync(c => c.Payloads.Contains("cm:l:1:1"));
        reader.Presses("cm:l:1:1");
        await reader.NextAsync(c => c.Payloads.Contains("cm:w:1:1"));
        reader.Presses("cm:w:1:1");
        await reader.NextAsync();
        reader.Says("Which part of the embankment?");
        await reader.NextAsync(c => c.Payloads.Contains("cm:w:1:1"));

        translate.Translates("Kura krastmalas daļa?");
        await page.GotoAsync(site.Url("/dashboard/ideas/1"));
        await Expect(page.Locator(".translation").First).ToContainTextAsync("Soliņi pie Daugavas");
        Assert.Equal(2, translate.Calls.Count);
        await page.GetByRole(AriaRole.Button, new() { Name = Tr.Translate }).ClickAsync();
        var comment = page.Locator("#comment-1");
        await Expect(comment).ToContainTextAsync("Which part of the embankment?");
        await Expect(comment.Locator(".translation")).ToContainTextAsync("Kura krastmalas daļa?");
        await page.AssertAccessibleAsync();

        // Hidden from the dashboard: the thread in the chat no longer shows it; shown again, it does.
        await comment.GetByRole(AriaRole.Button, new() { Name = C.Hide }).ClickAsync();
        await Expect(page.Locator("#comment-1 .badge")).ToHaveTextAsync(C.Hidden);
        Assert.True(await site.Bot.InScopeAsync(db => db.Set<Comment>().Where(c => c.Id == 1).Select(c => c.IsHidden).SingleAsync()));
        reader.Presses("cm:l:1:1");
        Assert.DoesNotContain("embankment", (await reader.NextAsync(c => c.Payloads.Contains("cm:w:1:1"))).Text, StringComparison.Ordinal);
        await page.Locator("#comment-1").GetByRole(AriaRole.Button, new() { Name = C.Restore }).ClickAsync();
        await Expect(page.Locator("#comment-1 .badge")).ToHaveCountAsync(0);
        reader.Presses("cm:l:1:1");
        Assert.Contains("embankment", (await reader.NextAsync(c => c.Payloads.Contains("cm:w:1:1"))).Text, StringComparison.Ordinal);
    }
}
