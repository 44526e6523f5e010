using GenYCity.Bot.Domain.Budgets;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Budgets;
using GenYCity.Bot.Host.Tests.Browser;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// A participatory budget run from the dashboard, in a real browser (Debian's Chromium) against the real host and
/// the fake Bot API, on a fake clock: the coordinator makes the budget, adds projects (one with a photo, one from a
/// resident's approved idea, whose author hears it is on the ballot through Telegram), is told what is wrong with a
/// bad cost; the vote opens, a resident votes in chat and the page shows the ballot as it comes, with only the
/// descriptions left to change; it closes, and the page shows the results drawn and as CSV. The results page is the
/// README's screenshot.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardBudgetTests(ChromiumBrowser chromium) : IAsyncLifetime
{
    private static readonly BudgetPhrases B = BudgetPhrases.For(Language.En);
    private static readonly BudgetTexts T = BudgetTexts.For(Language.En);

    private DashboardSite site = null!;

    public async Task InitializeAsync() => site = await DashboardSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task ACoordinator_RunsABudget_FromTheDashboard_AndResidentsVoteInChat()
    {
        var author = await new TelegramUser(site.Api, 2001, languageCode: "en").OnboardAsync("en");
        await author.SubmitsIdeaAsync("Lights on the river path", "The path by the Daugava is dark in winter.");
        await site.Bot.InScopeAsync(async db =>
        {
            (await db.Ideas.SingleAsync()).MoveTo(IdeaStatus.Approved, null, null, site.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        await using var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await SignInInEnglishAsync(context);
        await page.GetByRole(AriaRole.Link, new() { Name = B.Budgets, Exact = true }).ClickAsync();
        await Expect(page.GetByText(B.NoBudgets)).ToBeVisibleAsync();

        // The budget: its title in the three languages, the money, the dates in the city's time, the rule.
        await page.GetByLabel(B.BudgetTitle("Latviešu")).FillAsync("Jauniešu budžets 2027");
        await page.GetByLabel(B.BudgetTitle("Русский")).FillAsync("Молодёжный бюджет 2027");
        await page.GetByLabel(B.BudgetTitle("English")).FillAsync("Youth budget 2027");
        await page.GetByLabel(B.BudgetDescription("English")).FillAsync("€20,000 for what young people want in the city.");
        await page.GetByLabel(B.Total).FillAsync("20 000");
        await page.GetByLabel(B.Opens).FillAsync("2026-12-02T10:00");
        await page.GetByLabel(B.Closes).FillAsync("2026-12-09T20:00");
        await page.GetByLabel(B.RuleKnapsack).CheckAsync();
        await page.GetByLabel(B.MaxProjects, new() { Exact = false }).FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = B.CreateBudget }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(B.BudgetCreated);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Youth budget 2027", Level = 1 })).ToBeVisibleAsync();
        var budget = await site.Bot.InScopeAsync(db => db.Set<Budget>().SingleAsync());
        Assert.Equal((20_000L, BudgetRuleKind.Knapsack, (int?)2, (int?)null), (budget.Total, budget.Rule, budget.MaxProjects, budget.MinPercent));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero), budget.OpensAt);
        Assert.Equal("Молодёжный бюджет 2027", budget.Title(Language.Ru));

        // A project with a photo; a cost over the whole budget is refused in words and adds nothing.
        var add = page.Locator("form:has(#project-cost)");
        await add.GetByLabel(B.ProjectTitle("English")).FillAsync("A skate park");
        await add.GetByLabel(B.ProjectTitle("Latviešu")).FillAsync("Skeitparks");
        await add.GetByLabel(B.Cost).FillAsync("25000");
        await add.GetByRole(AriaRole.Button, new() { Name = B.AddProjectButton }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(B.CostInvalid(T.Money(20_000)));
        Assert.Equal(0, await site.Bot.InScopeAsync(db => db.Set<BudgetProject>().CountAsync()));
        await add.GetByLabel(B.Cost).FillAsync("12000");
        await add.GetByLabel(B.Photo).SetInputFilesAsync(new FilePayload { Name = "ramps.png", MimeType = "image/png", Buffer = TestImages.Png });
        await add.GetByRole(AriaRole.Button, new() { Name = B.AddProjectButton }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(B.ProjectAdded("A skate park"));

        // The resident's idea goes on the ballot in one step; its author hears it at once.
        await page.GetByLabel(B.Idea, new() { Exact = true }).SelectOptionAsync("1");
        await page.Locator("#idea-cost").FillAsync("7000");
        await page.GetByRole(AriaRole.Button, new() { Name = B.AddIdeaButton }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(B.IdeaAdded(1));
        var told = await author.NextAsync(c => c.Text?.Contains("#1", StringComparison.Ordinal) == true);
        Assert.Contains(T.OnBallot, told.Text, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Lights on the river path" })).ToContainTextAsync("#1");
        await add.GetByLabel(B.ProjectTitle("English")).FillAsync("A mural in the old town");
        await add.GetByLabel(B.ProjectTitle("Latviešu")).FillAsync("Murālis vecpilsētā");
        await add.GetByLabel(B.Cost).FillAsync("9000");
        await add.GetByRole(AriaRole.Button, new() { Name = B.AddProjectButton }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(B.ProjectAdded("A mural in the old town"));
        await page.AssertAccessibleAsync();

        // The vote opens: a resident votes in chat, and the page shows the ballot as it comes; only descriptions change now.
        site.Clock.Advance(TimeSpan.FromDays(1));
        var resident = await site.ResidentAsync(1002);
        resident.Says("/budget");
        var card = await resident.NextAsync(c => c.Payloads.Contains($"bg:a:{budget.Id}:1:1"));
        resident.PressesOn(card.MessageId!.Value, $"bg:a:{budget.Id}:1:1");
        resident.PressesOn(card.MessageId!.Value, $"bg:a:{budget.Id}:2:1");
        resident.PressesOn(card.MessageId!.Value, $"bg:v:{budget.Id}:1");
        await resident.NextAsync(c => c.Text?.StartsWith("✅ Your vote is in: 2 projects, €19,000.", StringComparison.Ordinal) == true);
        // A day on, the session has expired: signed in again.
        page = await SignInInEnglishAsync(context);
        await page.GotoAsync(site.Url(BudgetModel.PathOf(budget.Id)));
        await Expect(page.Locator("#figure-ballots .figure")).ToHaveTextAsync("1");
        await Expect(page.GetByText(B.OnlyDescriptions)).ToBeVisibleAsync();
        await Expect(page.GetByLabel(B.Total)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = B.AddProject })).ToHaveCountAsync(0);

        // Eighteen more ballots, cast as the chat casts them: the lights and the skate park 9 times, the lights and the
        // mural 6 times, the skate park and the mural 3 times. Votes: lights 1 + 15 = 16, skate park 1 + 12 = 13,
        // mural 9. Down the ranking with €20,000: the lights (€7,000), the skate park (€12,000); the mural (€9,000) no
        // longer fits the €1,000 left.
        await site.Bot.InScopeAsync(async db =>
        {
            long[][] ballots = [.. Enumerable.Repeat<long[]>([2, 1], 9), .. Enumerable.Repeat<long[]>([2, 3], 6), .. Enumerable.Repeat<long[]>([1, 3], 3)];
            for (var i = 0; i < ballots.Length; i++)
            {
                var voter = new Member(ChannelKind.Telegram, $"{3000 + i}", $"{3000 + i}", Language.Lv, site.Clock.GetUtcNow());
                voter.GiveConsent(site.Clock.GetUtcNow());
                db.Members.Add(voter);
                await db.SaveChangesAsync();
                var ballot = BudgetBallot.Start(budget.Id, voter.Id, site.Clock.GetUtcNow());
                db.Add(ballot);
                await db.SaveChangesAsync();
                db.AddRange(ballots[i].Select(project => new BudgetBallotLine(ballot.Id, project)));
                ballot.Cast(site.Clock.GetUtcNow());
            }

            return await db.SaveChangesAsync();
        });

        // It closes: the results, drawn and as a table, and the counts as CSV.
        site.Clock.Advance(TimeSpan.FromDays(8));
        await site.Bot.TriggerJobAsync(BudgetClosingJob.Key);
        await site.Bot.OutboxDrainedAsync();
        Assert.StartsWith("<b>🏆 Results: Youth budget 2027</b>", (await resident.NextAsync(c => c.Text?.Contains("🏆", StringComparison.Ordinal) == true)).Text, StringComparison.Ordinal);
        page = await SignInInEnglishAsync(context);
        await page.GotoAsync(site.Url(BudgetModel.PathOf(budget.Id)));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = B.Results, Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("svg.genycity-chart-wide")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "A skate park" })).ToContainTextAsync(B.Yes);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "A mural in the old town" })).ToContainTextAsync(B.No);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot("budget-results.png"), FullPage = true });

        var csv = await context.APIRequest.GetAsync(site.Url($"{BudgetModel.PathOf(budget.Id)}?handler=Csv"));
        var lines = (await csv.TextAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{B.CsvNumber},{B.CsvProject},\"{B.CsvCost}\",{B.CsvVotes},{B.Funded}", lines[0]);
        Assert.Equal(["2,Lights on the river path,7000,16,yes", "1,A skate park,12000,13,yes", "3,A mural in the old town,9000,9,no"], lines[1..]);

        // On a phone's width nothing scrolls sideways.
        await page.SetViewportSizeAsync(360, 800);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
    }

    /// <summary>Signs in (the sign-in link is checked in the coordinator's Latvian), then the coordinator reads the dashboard in English, the README's language.</summary>
    private async Task<IPage> SignInInEnglishAsync(IBrowserContext context)
    {
        await SpeaksAsync(Language.Lv);
        var page = await context.SignInAsync(site);
        await SpeaksAsync(Language.En);
        await page.ReloadAsync();
        return page;
    }

    private Task<int> SpeaksAsync(Language language) => site.Bot.InScopeAsync(async db =>
    {
        (await db.Members.SingleAsync(m => m.ExternalId == "777")).ChooseLanguage(language);
        return await db.SaveChangesAsync();
    });

    private static string Screenshot(string name)
    {
        var path = Path.Combine(Repository.Root(), "docs", "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
