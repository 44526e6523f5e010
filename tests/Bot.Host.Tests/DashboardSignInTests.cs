using System.Net;
using System.Text.RegularExpressions;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Signing in to the dashboard through the bot, over the real host and the fake Bot API: a coordinator's
/// /dashboard gives a one-time link (its token kept only as a hash); following it gives an HttpOnly,
/// SameSite=Strict cookie; a used, expired or made-up link, a forged cookie, a resident and a sign-out
/// without its anti-forgery token are all refused.
/// </summary>
public sealed partial class DashboardSignInTests : IAsyncLifetime
{
    private DashboardSite site = null!;

    private RunningBot Bot => site.Bot;

    public async Task InitializeAsync() => site = await DashboardSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task ALink_SignsInOnce_WithAStrictHttpOnlyCookie_AndSignOutNeedsItsToken()
    {
        var path = await LinkAsync();
        Assert.False(await Bot.InScopeAsync(db => db.DashboardLinks.AnyAsync(l => path.Contains(l.TokenHash))), "only the token's hash is kept");

        using var browser = Client();
        // Fetching the link (a preview, a scanner) only shows the Sign in button; twice changes nothing.
        await browser.Client.GetStringAsync(path);
        var signedIn = await SignInAsync(browser, path);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(DashboardSite.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var home = await browser.Client.GetStringAsync("/dashboard");
        Assert.Contains("Koordinatoru vadības panelis", home, StringComparison.Ordinal);

        // The same link again, in another browser: refused.
        using var other = Client();
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(other, path)).StatusCode);
        // The Sign in press posted from another site, without the page's anti-forgery token: refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await other.Client.PostAsync("/dashboard/signin", new FormUrlEncodedContent([new("token", "x")]))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.Client.GetAsync("/dashboard")).StatusCode);

        // A sign-out posted without the form's anti-forgery token (a cross-site form) changes nothing.
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.Client.PostAsync("/dashboard/signout", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/dashboard")).StatusCode);
        var saved = browser.Cookies.GetCookieHeader(new Uri(Bot.BaseUrl));
        var signedOut = await browser.Client.PostAsync("/dashboard/signout", new FormUrlEncodedContent([FormToken(home)]));
        Assert.Equal(HttpStatusCode.OK, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/dashboard")).StatusCode);

        // The session ended on the server: a copy of the cookie saved before signing out opens nothing.
        using var copied = new HttpClient { BaseAddress = new Uri(Bot.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        request.Headers.Add("Cookie", saved);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copied.SendAsync(request)).StatusCode);
        Assert.NotNull(await Bot.InScopeAsync(db => db.DashboardSessions.Select(s => s.EndedAt).SingleAsync()));
    }

    [Fact]
    public async Task ASessionStartedOnOneInstance_IsGoodOnAnother_ForTheKeysAreInTheDatabase()
    {
        using var browser = Client();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, await LinkAsync())).StatusCode);
        Assert.True(await Bot.InScopeAsync(db => db.DataProtectionKeys.AnyAsync()), "the key ring is kept in the database");

        await using var other = await site.StartAnotherInstanceAsync();
        using var there = new HttpClient { BaseAddress = new Uri(other.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        request.Headers.Add("Cookie", browser.Cookies.GetCookieHeader(new Uri(Bot.BaseUrl)));
        var home = await there.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Koordinatoru vadības panelis", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkDelivered_LeavesNoCopyInTheDatabaseFiles_AndStillSignsIn()
    {
        var file = Bot.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.DatabaseFile()!;
        // A connection kept open, as a running bot's pool keeps them: SQLite folds its log into the file by itself
        // only when the last connection closes, which the tests' unpooled connections do all the time.
        await using var open = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False");
        await open.OpenAsync();
        await using (var read = open.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM sqlite_master";
            await read.ExecuteScalarAsync();
        }
        var path = await LinkAsync();
        var token = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + path).Query)["token"]!;

        // Its text was in the outbox until it was sent; then it goes from the write-ahead log too.
        await Eventually.WaitUntilAsync(
            () => new[] { file, file + "-wal" }.Where(File.Exists).All(f => !Contains(File.ReadAllBytes(f), token)),
            "the link's token to leave the database file and its write-ahead log");

        using var browser = Client();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, path)).StatusCode);
    }

    [Fact]
    public async Task EightPressesOfOneLink_AtOnce_OnTwoInstancesOnPostgres_OpenOneSession()
    {
        await using var onPostgres = await DashboardSite.StartAsync(DatabaseProvider.Postgres);
        await using var other = await onPostgres.StartAnotherInstanceAsync();
        var path = await onPostgres.LinkAsync();
        var browsers = Enumerable.Range(0, 8).Select(i => new Browser(i % 2 == 0 ? onPostgres.BaseUrl : other.BaseUrl)).ToList();
        try
        {
            // Each opens the link and sees its Sign in button; then all press it at once.
            var pages = await Task.WhenAll(browsers.Select(b => b.Client.GetStringAsync(path)));
            var presses = await Task.WhenAll(browsers.Select((b, i) => b.Client.PostAsync("/dashboard/signin", SignInForm(pages[i]))));

            Assert.Single(presses, r => r.StatusCode == HttpStatusCode.Redirect);
            Assert.Equal(7, presses.Count(r => r.StatusCode == HttpStatusCode.BadRequest));
            Assert.Equal(1, await onPostgres.Bot.InScopeAsync(db => db.DashboardSessions.CountAsync()));
        }
        finally
        {
            browsers.ForEach(b => b.Dispose());
        }
    }

    [Fact]
    public async Task AnExpiredOrMadeUpLink_AForgedCookie_AndAResident_AreRefused()
    {
        var path = await LinkAsync();
        site.Clock.Advance(TimeSpan.FromMinutes(10));
        using var browser = Client();
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(browser, path)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(browser, "/dashboard/signin?token=made-up")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.Client.GetAsync("/dashboard/signin")).StatusCode);

        browser.Cookies.Add(new Uri(Bot.BaseUrl), new Cookie(DashboardSite.CookieName, DashboardSite.ForgedCookieValue));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/dashboard")).StatusCode);

        var resident = await site.ResidentAsync();
        resident.Says("/dashboard");
        Assert.Equal("That is for the city’s coordinators only.", (await resident.NextAsync()).Text);
        Assert.Equal(1, await Bot.InScopeAsync(db => db.DashboardLinks.CountAsync()));
    }

    [Fact]
    public async Task RemovingSomeoneFromTheCoordinators_EndsTheirSession()
    {
        var path = await LinkAsync();
        using var browser = Client();
        await SignInAsync(browser, path);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/dashboard")).StatusCode);

        Bot.Services.GetRequiredService<GenYCity.Bot.Domain.BotOptions>().Coordinators.Clear();

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task IdeasArePagedFiftyAtATime_ByThePageInTheAddress()
    {
        await Bot.InScopeAsync(async db =>
        {
            var author = await db.Members.SingleAsync(m => m.ExternalId == "777");
            for (var i = 1; i <= 60; i++)
            {
                var idea = Domain.Ideas.Idea.Submit(author, $"Idea number {i}", "A few words.", "environment", null, $"key-{i}", site.Clock.GetUtcNow());
                db.Ideas.Add(idea);
            }

            return await db.SaveChangesAsync();
        });
        using var browser = Client();
        await SignInAsync(browser, await LinkAsync());

        var first = await browser.Client.GetStringAsync("/dashboard/ideas");
        var second = await browser.Client.GetStringAsync("/dashboard/ideas?page=2");
        Assert.Contains("1. lapa no 2", first, StringComparison.Ordinal);
        Assert.Contains(">Idea number 60<", first, StringComparison.Ordinal);
        Assert.DoesNotContain(">Idea number 10<", first, StringComparison.Ordinal);
        Assert.Contains("2. lapa no 2", second, StringComparison.Ordinal);
        Assert.Contains(">Idea number 10<", second, StringComparison.Ordinal);
        Assert.DoesNotContain(">Idea number 11<", second, StringComparison.Ordinal);
        // A page past the end is the last; a negative one the first.
        Assert.Contains("2. lapa no 2", await browser.Client.GetStringAsync("/dashboard/ideas?page=99"), StringComparison.Ordinal);
        Assert.Contains("1. lapa no 2", await browser.Client.GetStringAsync("/dashboard/ideas?page=-3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadAddressesAndForms_AreAnsweredInWords_AndChangeNothing()
    {
        using var browser = Client();
        await SignInAsync(browser, await LinkAsync());
        var phrases = Host.Dashboard.DashboardPhrases.For(Domain.Members.Language.Lv);
        var phrasebook = Domain.Texts.Phrasebook.For(Domain.Members.Language.Lv);

        // Report periods the calendar cannot hold, or the wrong way round: the page says so; the CSV is refused.
        foreach (var period in new[] { "from=0001-01-01&to=0001-01-02", "from=9999-12-30&to=9999-12-31", "from=2026-12-01&to=2026-01-01", "from=yesterday" })
        {
            var report = await browser.Client.GetAsync($"/dashboard/report?{period}");
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            Assert.Contains(phrases.ReportBadPeriod(5), WebUtility.HtmlDecode(await report.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.Client.GetAsync($"/dashboard/report?handler=Csv&{period}")).StatusCode);
        }

        // Numbers nobody has: back to the list, which says so.
        foreach (var (path, list, said) in new[]
        {
            ("/dashboard/ideas/999", "/dashboard/ideas", Domain.Messaging.Markup.ToPlainText(phrasebook.IdeaNotAvailable)),
            ("/dashboard/events/999", "/dashboard/events", Domain.Messaging.Markup.ToPlainText(phrasebook.EventNotFound)),
            ("/dashboard/broadcasts/999", "/dashboard", phrases.BroadcastNotFound),
        })
        {
            var missing = await browser.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, missing.StatusCode);
            Assert.Equal(list, missing.Headers.Location?.OriginalString);
            Assert.Contains(said, WebUtility.HtmlDecode(await browser.Client.GetStringAsync(list)), StringComparison.Ordinal);
        }

        // Forms with the page's token but wrong contents.
        KeyValuePair<string, string> Field(string name, string value) => new(name, value);
        var antiforgery = FormToken(await browser.Client.GetStringAsync("/dashboard/announce"));
        Task<HttpResponseMessage> Post(string path, params KeyValuePair<string, string>[] fields) =>
            browser.Client.PostAsync(path, new FormUrlEncodedContent([antiforgery, .. fields]));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Post("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Post("/dashboard/moderation?handler=Nothing")).StatusCode);
        var madeUpPhoto = await Post("/dashboard/announce?handler=Send", Field("text", "Hello"), Field("audience", "all"), Field("photoKey", new string('a', 32)));
        Assert.Equal("/dashboard/announce", madeUpPhoto.Headers.Location?.OriginalString);
        Assert.Contains(phrases.PhotoRefused, WebUtility.HtmlDecode(await browser.Client.GetStringAsync("/dashboard/announce")), StringComparison.Ordinal);
        var noAudience = await Post("/dashboard/announce?handler=Send", Field("text", "Hello"), Field("audience", "event:abc"));
        Assert.Equal("/dashboard/announce", noAudience.Headers.Location?.OriginalString);
        var badStatus = await Post("/dashboard/ideas/1", Field("target", "42"));
        Assert.Equal(HttpStatusCode.Redirect, badStatus.StatusCode);
        Assert.False(await Bot.InScopeAsync(db => db.Broadcasts.AnyAsync()), "nothing was sent");
    }

    [Fact]
    public async Task SixPressesOfSendAtOnce_StartOneBroadcast_AndAllAreShownIt()
    {
        using var browser = Client();
        await SignInAsync(browser, await LinkAsync());
        var form = new[]
        {
            FormToken(await browser.Client.GetStringAsync("/dashboard/announce")),
            new("text", "Talka on Saturday"),
            new("audience", "all"),
        };

        var presses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => browser.Client.PostAsync("/dashboard/announce?handler=Send", new FormUrlEncodedContent(form))));

        Assert.All(presses, press => Assert.Equal(HttpStatusCode.Redirect, press.StatusCode));
        var id = await Bot.InScopeAsync(db => db.Broadcasts.Select(b => b.Id).SingleAsync());
        Assert.All(presses, press => Assert.Equal($"/dashboard/broadcasts/{id}", press.Headers.Location?.OriginalString));
    }

    [Fact]
    public async Task SavingAnEventInTheHourTheClocksGoBack_KeepsItsStart()
    {
        // 03:30 on 31 October 2027 happens twice in Riga; the event is at the first, in summer time (00:30 UTC).
        var startsAt = new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero);
        var id = await PublishEventAsync("Night walk", startsAt, "Cietoksnis", "Under the stars.", null);
        using var browser = Client();
        await SignInAsync(browser, await LinkAsync());
        var page = await browser.Client.GetStringAsync($"/dashboard/events/{id}");
        Assert.Contains("value=\"2027-10-31T03:30\"", page, StringComparison.Ordinal);

        var saved = await browser.Client.PostAsync($"/dashboard/events/{id}?handler=Save", new FormUrlEncodedContent(
        [
            FormToken(page),
            new("title", "Night walk"),
            new("startsAt", "2027-10-31T03:30"),
            new("place", "Cietoksnis"),
            new("description", "Under the stars, with torches."),
            new("capacity", string.Empty),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await Bot.InScopeAsync(db => db.Events.SingleAsync(e => e.Id == id));
        Assert.Equal("Under the stars, with torches.", after.Description);
        Assert.Equal(startsAt, after.StartsAt);
    }

    [Fact]
    public async Task AnEventsCapacityTheFormCannotTake_IsRefusedInTheFormsWords()
    {
        var id = await PublishEventAsync("Talka", site.Clock.GetUtcNow().AddDays(9), "Stropu ezers", "Sakopsim krastu.", 20);
        using var browser = Client();
        await SignInAsync(browser, await LinkAsync());
        var page = await browser.Client.GetStringAsync($"/dashboard/events/{id}");
        var phrases = Host.Dashboard.DashboardPhrases.For(Domain.Members.Language.Lv);

        var saved = await browser.Client.PostAsync($"/dashboard/events/{id}?handler=Save", new FormUrlEncodedContent(
        [
            FormToken(page),
            new("title", "Talka"),
            new("startsAt", TimeField().Match(page).Groups["value"].Value),
            new("place", "Stropu ezers"),
            new("description", "Sakopsim krastu."),
            new("capacity", "0"),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = WebUtility.HtmlDecode(await browser.Client.GetStringAsync($"/dashboard/events/{id}"));
        Assert.Contains(phrases.BadCapacity(Domain.Events.CityEvent.MaxCapacity), shown, StringComparison.Ordinal);
        Assert.DoesNotContain(Domain.Texts.Phrasebook.For(Domain.Members.Language.Lv).NoLimit, shown, StringComparison.Ordinal);
        Assert.Equal(20, (await Bot.InScopeAsync(db => db.Events.SingleAsync(e => e.Id == id))).Capacity);
    }

    private Task<string> LinkAsync() => site.LinkAsync();

    private Browser Client() => new(Bot.BaseUrl);

    private static bool Contains(byte[] file, string text) => file.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;

    /// <summary>Opens the link and presses Sign in, as a person would.</summary>
    private static async Task<HttpResponseMessage> SignInAsync(Browser browser, string path)
    {
        var page = await browser.Client.GetStringAsync(path);
        return await browser.Client.PostAsync("/dashboard/signin", SignInForm(page));
    }

    /// <summary>The sign-in page's form as its Sign in button posts it.</summary>
    private static FormUrlEncodedContent SignInForm(string page) => new(
    [
        FormToken(page),
        new("token", WebUtility.HtmlDecode(TokenField().Match(page).Groups["value"].Value)),
    ]);

    /// <summary>The page's anti-forgery field, as its forms post it.</summary>
    private static KeyValuePair<string, string> FormToken(string page)
    {
        var field = AntiforgeryField().Match(page);
        return new(field.Groups["name"].Value, WebUtility.HtmlDecode(field.Groups["value"].Value));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"token\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>An HTTP client with its own cookies that does not follow redirects, like a browser's first look.</summary>
    private sealed class Browser : IDisposable
    {
        public Browser(string baseUrl)
        {
            Handler = new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false };
            Client = new HttpClient(Handler) { BaseAddress = new Uri(baseUrl) };
        }

        public CookieContainer Cookies { get; } = new();

        public HttpClient Client { get; }

        private HttpClientHandler Handler { get; }

        public void Dispose()
        {
            Client.Dispose();
            Handler.Dispose();
        }
    }

    // The anti-forgery field, in either order of its attributes (the sign-in page writes it by hand, Razor Pages' forms their own way).
    [GeneratedRegex("name=\"startsAt\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex TimeField();

    [GeneratedRegex("<input (?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>__RequestVerificationToken)\")(?=[^>]*value=\"(?<value>[^\"]+)\")")]
    private static partial Regex AntiforgeryField();

    /// <summary>An event published by the coordinator (telegram:777), straight into the database.</summary>
    private Task<long> PublishEventAsync(string title, DateTimeOffset startsAt, string place, string description, int? capacity) => Bot.InScopeAsync(async db =>
    {
        var coordinator = await db.Members.SingleAsync(m => m.ExternalId == "777");
        var cityEvent = Domain.Events.CityEvent.Publish(title, startsAt, place, description, capacity, coordinator, site.Clock.GetUtcNow());
        db.Events.Add(cityEvent);
        await db.SaveChangesAsync();
        return cityEvent.Id;
    });
}
