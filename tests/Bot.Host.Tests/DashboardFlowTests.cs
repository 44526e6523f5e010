using System.Text;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;
using GenYCity.Bot.Host.Dashboard;
using GenYCity.Bot.Host.Tests.Browser;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// A coordinator's afternoon on the dashboard, in a real browser (Debian's Chromium) against the real host and
/// the fake Bot API: moderating ideas (the author hears through Telegram as from the chat), finding ideas,
/// changing an event, sending an announcement with a photo and watching it finish, and the report; every page
/// checked with axe, the keyboard enough for a rejection, and a form posted from another site refused.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardFlowTests(ChromiumBrowser chromium) : IAsyncLifetime
{
    private static readonly DashboardPhrases P = DashboardPhrases.For(Language.Lv);
    private static readonly Phrasebook T = Phrasebook.For(Language.Lv);

    private DashboardSite site = null!;

    public async Task InitializeAsync() => site = await DashboardSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task ACoordinator_ModeratesIdeas_AndTheAuthorIsToldThroughTelegram()
    {
        var author = await new TelegramUser(site.Api, 2001, languageCode: "en").OnboardAsync("en");
        await author.SubmitsIdeaAsync("Benches by the Daugava", "Somewhere to sit by the river.");
        await author.SubmitsIdeaAsync("A skate park", "Ramps for the winter.");
        await using var context = await chromium.NewContextAsync();
        var page = await context.SignInAsync(site);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"{P.IdeasWaiting} 2" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = P.Moderation, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "#1 · Benches by the Daugava" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Approve: the page says what the chat would have, and the author hears it on Telegram.
        await page.GetByRole(AriaRole.Button, new() { Name = P.ApproveIdea(1) }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(Markup.ToPlainText(T.ModDone(1, T.Status(IdeaStatus.Approved))));
        var approved = await author.NextAsync(c => c.Text?.Contains("#1", StringComparison.Ordinal) == true);
        Assert.Equal(Phrasebook.For(Language.En).AuthorApproved(1, "Benches by the Daugava"), approved.Text);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "#1 · Benches by the Daugava" })).ToHaveCountAsync(0);

        // Reject without a reason: nothing changes. Then with the keyboard alone: Tab to the reason, type, Tab to Reject, Enter.
        await page.EvaluateAsync("() => document.querySelectorAll('textarea').forEach(t => t.removeAttribute('required'))");
        await page.GetByRole(AriaRole.Button, new() { Name = P.RejectIdea(2) }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(T.InputEmpty);
        Assert.Equal(IdeaStatus.Submitted, await StatusOfAsync(2));

        var reason = page.GetByLabel(P.RejectReason);
        await DashboardBrowserTests.TabToAsync(page, reason);
        await page.Keyboard.TypeAsync("The city has no site for it this year");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = P.RejectIdea(2) })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText(T.ModNothingPending)).ToBeVisibleAsync();
        var rejected = await author.NextAsync(c => c.Text?.Contains("#2", StringComparison.Ordinal) == true);
        Assert.Equal(Phrasebook.For(Language.En).AuthorRejected(2, "A skate park", "The city has no site for it this year"), rejected.Text);

        // All ideas, found by status and by a word without its case; and a status change with a comment.
        await page.GetByRole(AriaRole.Link, new() { Name = P.Ideas, Exact = true }).ClickAsync();
        await page.GetByLabel(P.Status).SelectOptionAsync(nameof(IdeaStatus.Approved));
        await page.GetByRole(AriaRole.Button, new() { Name = P.Show }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(P.IdeasFound(1));
        await page.GetByLabel(P.Status).SelectOptionAsync(string.Empty);
        await page.GetByLabel(P.SearchWords).FillAsync("SKATE");
        await page.GetByRole(AriaRole.Button, new() { Name = P.Show }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "A skate park" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Benches by the Daugava" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await page.GotoAsync(site.Url("/dashboard/ideas/1"));
        await page.GetByLabel(P.NewStatus).SelectOptionAsync(nameof(IdeaStatus.InProgress));
        await page.GetByLabel(P.Comment).FillAsync("Ordered from the workshop");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = P.ChangeStatus }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(Markup.ToPlainText(T.ModDone(1, T.Status(IdeaStatus.InProgress))));
        var moving = await author.NextAsync(c => c.Text?.Contains("#1", StringComparison.Ordinal) == true);
        Assert.Contains("💬 Ordered from the workshop", moving.Text, StringComparison.Ordinal);
        Assert.Equal(IdeaStatus.InProgress, await StatusOfAsync(1));
    }

    [Fact]
    public async Task AnAnnouncementWithAPhoto_IsSentToEveryone_AndThePageFollowsItToDone()
    {
        await SeedSubscribersAsync(5001, 40);
        await using var context = await chromium.NewContextAsync();
        var page = await context.SignInAsync(site);
        await page.GetByRole(AriaRole.Link, new() { Name = P.Announce, Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel(P.AnnouncementText).FillAsync("Sunday: <b>clean-up</b> day & picnic");
        await page.GetByLabel(P.AnnouncementPhoto).SetInputFilesAsync(new FilePayload { Name = "picnic.png", MimeType = "image/png", Buffer = TestImages.Png });
        await page.GetByLabel(Markup.ToPlainText(T.AudienceSubscribers(41))).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = P.Preview }).ClickAsync();

        // The preview: the text as typed (not as markup), the photo, who it goes to.
        var preview = page.GetByRole(AriaRole.Region, new() { Name = P.Preview });
        await Expect(preview).ToContainTextAsync("Sunday: <b>clean-up</b> day & picnic");
        await Expect(preview.GetByRole(AriaRole.Img, new() { Name = P.AnnouncementPhoto })).ToBeVisibleAsync();
        // The uploaded photo is served back (a broken image has no natural width).
        await Expect(preview.GetByRole(AriaRole.Img)).ToHaveJSPropertyAsync("naturalWidth", 1);
        await page.AssertAccessibleAsync();

        // Send, twice (a double press, or the back button and Send again): one broadcast, which the second is shown.
        var send = page.GetByRole(AriaRole.Button, new() { Name = T.AnnounceSend });
        var form = await send.EvaluateAsync<string>("b => new URLSearchParams(new FormData(b.form)).toString()");
        await send.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard/broadcasts/[0-9]+$"));
        // While it is still sending too: the progress is followed without the page reloading itself.
        await page.AssertAccessibleAsync();
        var progress = page.Locator("#progress");
        await Expect(progress).ToContainTextAsync(P.BroadcastDone, new() { Timeout = 60_000 });
        await Expect(progress).ToContainTextAsync(P.BroadcastProgress(41, 41));
        // What went out: the text as typed (shown, not taken as markup), the photo served back, and to whom.
        var sent = page.GetByRole(AriaRole.Region, new() { Name = P.WhatWentOut });
        await Expect(sent.Locator("p.text")).ToHaveTextAsync("Sunday: <b>clean-up</b> day & picnic");
        await Expect(sent.GetByRole(AriaRole.Img, new() { Name = P.BroadcastPhoto })).ToHaveJSPropertyAsync("naturalWidth", 1);
        await Expect(page.Locator("dd").Filter(new() { HasText = P.AudienceAnnouncementSubscribers })).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
        var again = await page.APIRequest.PostAsync(site.Url("/dashboard/announce?handler=Send"), new() { Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" }, DataString = form, MaxRedirects = 0 });
        Assert.Equal(302, again.Status);
        Assert.Equal(new Uri(page.Url).AbsolutePath, again.Headers["location"]);
        Assert.Equal(1, await site.Bot.InScopeAsync(db => db.Broadcasts.CountAsync(b => b.Kind == BroadcastKind.Announcement)));

        // Everyone got the photo by its address, with the text escaped for Telegram, once.
        var photos = site.Api.Calls.Where(c => c.Method.Equals("sendPhoto", StringComparison.OrdinalIgnoreCase) && c.IsDelivered).ToList();
        Assert.Equal(41, photos.Select(c => c.Body["chat_id"]!.ToString()).Distinct().Count());
        Assert.Equal(41, photos.Count);
        var address = photos[0].Body["photo"]!.ToString();
        Assert.StartsWith($"{DashboardSite.PublicUrl}/dashboard/media/", address, StringComparison.Ordinal);
        Assert.Equal("Sunday: &lt;b&gt;clean-up&lt;/b&gt; day &amp; picnic", photos[0].Body["caption"]!.ToString());
        var served = await page.APIRequest.GetAsync(site.Url(new Uri(address).AbsolutePath));
        Assert.Equal("image/png", served.Headers["content-type"]);
        Assert.Equal(TestImages.Png, await served.BodyAsync());
    }

    [Fact]
    public async Task APhotoTooLargeInPixels_IsRefusedInWords_AndABroadcastTelegramRefuses_SaysWhy()
    {
        await SeedSubscribersAsync(9001, 5);
        // Telegram refuses the photo for five of the six (the coordinator gets it); their answers wait until the page is open.
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        const string dimensions = "Bad Request: PHOTO_INVALID_DIMENSIONS";
        const string markup = "Bad Request: <img src=x onerror=alert(1)>";
        site.Api.Intercept = call => !call.Method.Equals("sendPhoto", StringComparison.OrdinalIgnoreCase) ? null
            : call.Body["chat_id"]?.ToString() switch
            {
                "9001" or "9002" or "9003" => new AnsweredWhen(answer.Task, FakeBotApi.Error(400, dimensions)),
                "9004" or "9005" => new AnsweredWhen(answer.Task, FakeBotApi.Error(400, markup)),
                _ => null,
            };
        try
        {
            await using var context = await chromium.NewContextAsync();
            var page = await context.SignInAsync(site);
            await page.GetByRole(AriaRole.Link, new() { Name = P.Announce, Exact = true }).ClickAsync();

            // A photo whose header says 20000 × 20000, which Telegram would refuse for everyone: the page says why now, and keeps nothing.
            await page.GetByLabel(P.AnnouncementText).FillAsync("Talka on Saturday");
            await page.GetByLabel(P.AnnouncementPhoto).SetInputFilesAsync(new FilePayload { Name = "huge.png", MimeType = "image/png", Buffer = TestImages.PngClaiming(20000, 20000) });
            await page.GetByLabel(Markup.ToPlainText(T.AudienceSubscribers(6))).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = P.Preview }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(P.PhotoTooManyPixels(20000, 20000, DashboardUpload.MaxWidthPlusHeight));
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = P.Preview })).ToHaveCountAsync(0);
            Assert.False(await site.Bot.InScopeAsync(db => db.DashboardUploads.AnyAsync()), "the refused photo is not kept");
            await page.AssertAccessibleAsync();

            // A photo Telegram takes in size, refused when sent all the same.
            await page.GetByLabel(P.AnnouncementPhoto).SetInputFilesAsync(new FilePayload { Name = "picnic.png", MimeType = "image/png", Buffer = TestImages.Png });
            await page.GetByRole(AriaRole.Button, new() { Name = P.Preview }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = T.AnnounceSend }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard/broadcasts/[0-9]+$"));
            var failures = page.GetByRole(AriaRole.Region, new() { Name = P.FailureReasons, IncludeHidden = true });
            await Expect(failures).ToBeHiddenAsync();
            await Expect(page.Locator("#progress")).ToContainTextAsync(P.BroadcastSending);

            // The answers come while the page is open: its script shows why, as text, the commonest first.
            answer.SetResult();
            string[] reasons = [P.FailedWith("Telegram", "400 " + dimensions, 3), P.FailedWith("Telegram", "400 " + markup, 2)];
            await Expect(page.Locator("#progress")).ToContainTextAsync(P.BroadcastDone, new() { Timeout = 60_000 });
            await Expect(page.Locator("[data-count=failed]")).ToHaveTextAsync("5");
            await Expect(failures).ToBeVisibleAsync();
            await Expect(failures.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(reasons);
            await Expect(page.Locator("#failures img")).ToHaveCountAsync(0);
            await page.AssertAccessibleAsync();

            // The page says the same when opened afterwards.
            await page.ReloadAsync();
            await Expect(failures.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(reasons);
            await Expect(page.Locator("#failures img")).ToHaveCountAsync(0);
        }
        finally
        {
            answer.TrySetResult();
        }
    }

    [Fact]
    public async Task AnEvent_ShowsWhoIsComing_IsEdited_AndCancelledOnlyWhenMeantTo()
    {
        var people = await SeedSubscribersAsync(6001, 4);
        var eventId = await SeedEventAsync(capacity: 2, going: people[..3], maybe: people[3..]);
        await using var context = await chromium.NewContextAsync();
        var page = await context.SignInAsync(site);
        await page.GetByRole(AriaRole.Link, new() { Name = P.Events, Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Talka" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.List, new() { Name = P.Going })).ToContainTextAsync("Person 6001");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = P.WaitingList })).ToHaveTextAsync("Person 6003");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = P.Maybe })).ToHaveTextAsync("Person 6004");
        await page.AssertAccessibleAsync();

        // The start is in the city's time, named as the chat names it.
        await Expect(page.GetByText(P.CityTime("Latvijas laiks"))).ToBeVisibleAsync();

        // One more place: the first on the waiting list gets it and is told.
        await page.GetByLabel(P.EventCapacity).FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = P.SaveEvent }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(Markup.ToPlainText(T.EventSaved(eventId)));
        await Expect(page.GetByRole(AriaRole.List, new() { Name = P.Going })).ToContainTextAsync("Person 6003");
        await site.Api.WaitForCallAsync(c => c.IsDelivered && c.Body["chat_id"]?.ToString() == "6003");

        // A time that has passed is refused with the chat's words, and nothing changes.
        await page.GetByLabel(P.EventStart).FillAsync("2026-11-30T18:00");
        await page.GetByRole(AriaRole.Button, new() { Name = P.SaveEvent }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(T.InputPastDate);

        // Cancelling needs the tick.
        await page.GetByRole(AriaRole.Button, new() { Name = P.CancelEvent }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(P.CancelNeedsConfirm);
        Assert.Equal(EventStatus.Published, await site.Bot.InScopeAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.Status).SingleAsync()));
        await page.GetByLabel(P.CancelConfirm).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = P.CancelEvent }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(Markup.ToPlainText(T.EventCancelledDone(eventId)));
        var notice = T.EventCancelledNotice("Talka", await StartOfAsync(eventId));
        foreach (var chat in new[] { "6001", "6002", "6003", "6004" })
        {
            await site.Api.WaitForCallAsync(c => c.IsDelivered && c.Body["chat_id"]?.ToString() == chat && c.Text == notice);
        }
    }

    [Fact]
    public async Task TheOverview_HasItsChartsWithTables_AndTheReportSuppressesSmallCounts()
    {
        var author = await new TelegramUser(site.Api, 2001, languageCode: "en").OnboardAsync("en");
        await author.SubmitsIdeaAsync("Benches by the Daugava", "Somewhere to sit by the river.");
        var people = await SeedSubscribersAsync(7001, 12);
        await SeedEventAsync(capacity: 10, going: people[..7], maybe: people[7..9]);
        await SeedEarlierMembersAsync();
        await using var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.SignInAsync(site);

        // Seven charts, each an image with a name and its numbers as a table folded under it, a click away.
        var charts = page.Locator("svg.genycity-chart-wide");
        await Expect(charts).ToHaveCountAsync(7);
        foreach (var title in new[] { P.ChartMembersByLanguage, P.ChartMembersByChannel, P.ChartIdeasByTheme, P.ChartIdeasByStatus, P.ChartSupports, P.ChartEventAnswers, P.ChartBroadcasts })
        {
            var chart = page.Locator("section.chart").Filter(new() { Has = page.GetByRole(AriaRole.Img, new() { Name = title }) });
            await Expect(chart.GetByRole(AriaRole.Img, new() { Name = title })).ToBeVisibleAsync();
            var table = page.GetByRole(AriaRole.Table, new() { Name = title });
            await Expect(table).ToBeHiddenAsync();
            await chart.GetByText(P.ChartNumbers).ClickAsync();
            await Expect(table).ToBeVisibleAsync();
        }

        // The coming event is there, with its seven going against ten places.
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = P.ChartEventAnswers }).GetByRole(AriaRole.Row).Nth(1)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Talka.*7.*0.*2.*0.*10$"));
        await page.AssertAccessibleAsync();

        // The report: ten took part (the author and the nine who answered), all for the first time; the one idea
        // shows as "< 5", as do the two who might come; the seven going as 7; the CSV says the same.
        await page.GetByRole(AriaRole.Link, new() { Name = P.Report, Exact = true }).ClickAsync();
        await page.GetByLabel(P.From, new() { Exact = true }).FillAsync("2026-11-01");
        await page.GetByLabel(P.To, new() { Exact = true }).FillAsync("2026-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = P.Show }).ClickAsync();
        await Expect(page.GetByText(P.ReportPeriod("1. novembris", "31. decembris"))).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await Expect(Row(page, P.Participants)).ToHaveTextAsync(P.Participants + "10");
        await Expect(Row(page, P.FirstTimeParticipants)).ToHaveTextAsync(P.FirstTimeParticipants + "10");
        await Expect(Row(page, P.IdeasSubmitted)).ToHaveTextAsync(P.IdeasSubmitted + "< 5");
        await Expect(Row(page, "Talka").GetByRole(AriaRole.Cell)).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("."), new System.Text.RegularExpressions.Regex("^7$"), new System.Text.RegularExpressions.Regex("^0$"), new System.Text.RegularExpressions.Regex("^< 5$"), new System.Text.RegularExpressions.Regex("^0$"), new System.Text.RegularExpressions.Regex("^10$")]);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = P.DownloadCsv }).ClickAsync());
        var csv = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await download.PathAsync())!));
        // In the page's language, theme names and labels alike (it was English labels with Latvian themes).
        Assert.StartsWith("\uFEFFSadaļa,Kods,Nosaukums,Rādītājs,Vērtība\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Dalībnieki,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Participants", csv, StringComparison.Ordinal);
        Assert.Contains("< 5", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",1\r\n", csv, StringComparison.Ordinal);

        // A period the wrong way round is refused in words.
        await page.GotoAsync(site.Url("/dashboard/report?from=2026-12-01&to=2026-01-01"));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(P.ReportBadPeriod(5));

        // The exports download.
        await page.GetByRole(AriaRole.Link, new() { Name = P.Exports, Exact = true }).ClickAsync();
        var ideas = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = P.ExportIdeas }).ClickAsync());
        Assert.Contains("Benches by the Daugava", await File.ReadAllTextAsync((await ideas.PathAsync())!), StringComparison.Ordinal);
        var events = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = P.ExportEvents }).ClickAsync());
        Assert.Contains("Talka", await File.ReadAllTextAsync((await events.PathAsync())!), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AnApprovalPostedFromAnotherSite_IsRefused_AndAResidentsCookieReachesNoPage()
    {
        var author = await new TelegramUser(site.Api, 2001, languageCode: "en").OnboardAsync("en");
        await author.SubmitsIdeaAsync("Benches by the Daugava", "Somewhere to sit by the river.");
        await using var attacker = await OtherSite.StartAsync();
        await using var context = await chromium.NewContextAsync();
        await context.SignInAsync(site);

        var lure = attacker.ServeAutoSubmittingForm("prize", site.Url("/dashboard/moderation?handler=Approve&id=1"));
        var lured = await context.NewPageAsync();
        var posted = await lured.RunAndWaitForResponseAsync(() => lured.GotoAsync(lure), r => r.Request.Method == "POST");
        Assert.Equal(400, posted.Status);
        Assert.Equal(IdeaStatus.Submitted, await StatusOfAsync(1));

        // A resident with a cookie made with the bot's own keys (as if the bot had signed them in) sees no page and changes nothing.
        await using var resident = await chromium.NewContextAsync();
        await resident.AddCookiesAsync([new() { Name = DashboardSite.CookieName, Value = await site.GenuineCookieValueForAsync(author), Url = site.BaseUrl }]);
        var residentPage = await resident.NewPageAsync();
        foreach (var path in new[] { "/dashboard", "/dashboard/moderation", "/dashboard/ideas/1", "/dashboard/announce", "/dashboard/report", "/dashboard/exports?handler=Ideas" })
        {
            Assert.Equal(401, (await residentPage.GotoAsync(site.Url(path)))?.Status);
        }
    }

    /// <summary>The fake Bot API's answer to a call, given once <paramref name="when"/> has come.</summary>
    private sealed class AnsweredWhen(Task when, IResult answer) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            await when.WaitAsync(httpContext.RequestAborted);
            await answer.ExecuteAsync(httpContext);
        }
    }

    /// <summary>A table row by its heading cell.</summary>
    private static ILocator Row(IPage page, string heading) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = heading, Exact = true }) });

    /// <summary>The event's start as the cancellation notice gives it.</summary>
    private async Task<Domain.Texts.LocalMoment> StartOfAsync(long eventId) =>
        site.Bot.Services.GetRequiredService<EventTime>().Moment(
            await site.Bot.InScopeAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.StartsAt).SingleAsync()));

    private Task<IdeaStatus> StatusOfAsync(long id) => site.Bot.InScopeAsync(db => db.Ideas.Where(i => i.Id == id).Select(i => i.Status).SingleAsync());

    private Task<long[]> SeedSubscribersAsync(int firstId, int count) => site.Bot.InScopeAsync(async db =>
    {
        var now = site.Clock.GetUtcNow();
        var members = Enumerable.Range(firstId, count).Select(id => new Member(ChannelKind.Telegram, $"{id}", $"{id}", Language.Lv, now)).ToList();
        foreach (var member in members)
        {
            member.GiveConsent(now);
            member.Rename($"Person {member.ExternalId}");
        }

        db.Members.AddRange(members);
        await db.SaveChangesAsync();
        return members.Select(m => m.Id).ToArray();
    });

    /// <summary>Members who joined over the ten weeks before, in all three languages and on both apps, so the charts have a shape.</summary>
    private Task<int> SeedEarlierMembersAsync() => site.Bot.InScopeAsync(db =>
    {
        var now = site.Clock.GetUtcNow();
        Language[] languages = [Language.Lv, Language.Ru, Language.Lv, Language.En, Language.Ru];
        for (var i = 0; i < 60; i++)
        {
            var joined = now.AddDays(-(i * 11 % 70) - 1);
            var channel = i % 3 == 0 ? ChannelKind.Messenger : ChannelKind.Telegram;
            var member = new Member(channel, $"80{i:00}", $"80{i:00}", languages[i % languages.Length], joined);
            member.GiveConsent(joined);
            db.Members.Add(member);
        }

        return db.SaveChangesAsync();
    });

    /// <summary>"Talka" in eleven days: the first of <paramref name="going"/> hold the places, the rest wait.</summary>
    private Task<long> SeedEventAsync(int capacity, long[] going, long[] maybe) => site.Bot.InScopeAsync(async db =>
    {
        var now = site.Clock.GetUtcNow();
        var coordinator = await db.Members.SingleAsync(m => m.ExternalId == "777");
        var cityEvent = CityEvent.Publish("Talka", now.AddDays(11), "Stropu ezers", "Sakopsim krastu.", capacity, coordinator, now);
        db.Events.Add(cityEvent);
        await db.SaveChangesAsync();
        db.Rsvps.AddRange(going.Select((id, i) => Rsvp.Create(cityEvent.Id, id, RsvpAnswer.Going, waitlisted: i >= capacity, now.AddMinutes(i))));
        db.Rsvps.AddRange(maybe.Select(id => Rsvp.Create(cityEvent.Id, id, RsvpAnswer.Maybe, waitlisted: false, now)));
        await db.SaveChangesAsync();
        return cityEvent.Id;
    });
}
