using System.Net;
using System.Text;
using System.Text.Json;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels.Telegram;
using GenYCity.Bot.Host.Feeds;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The public feeds over HTTP, on a city written into the database through the domain's own methods (on a fake
/// clock, Tuesday 1 December 2026, noon in Riga): ideas in every state, one author with a name, supports either side
/// of five, events to come, past and cancelled. What a website, a calendar and an open-data portal get.
/// </summary>
public abstract class FeedsSuite : BotTest
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The author's name and Telegram id, which must be in no feed.</summary>
    protected const string AuthorName = "Zuzanna Ķirsīte";

    protected const string AuthorId = "987654321";

    protected const string Licence = "https://creativecommons.org/licenses/by/4.0/";

    protected const string EventTitle = "Jauniešu dome, 1. sēde; Молодёжный совет";

    protected const string EventPlace = "Vienības iela 1, 5. telpa; Daugavpils";

    protected const string EventDescription = "Runāsim par vasaras festivālu, parkiem; velo.\nОбсудим фестиваль, парки; вело.\\ Nāc!";

    protected static readonly string[] FeedPaths =
        ["/feeds/events.ics", "/feeds/ideas.json", "/feeds/ideas.csv", "/feeds/wedid.json", "/feeds/wedid.csv", "/feeds/results/lv", "/feeds/results/ru"];

    /// <summary>A title each feed must show, so that what it must not show is looked for in a feed that holds something.</summary>
    protected static readonly string[] Shown = ["SUMMARY:", "Skeitparks Ķīmiķu parkā", "Skeitparks Ķīmiķu parkā", "Velonovietnes pie skolām", "Velonovietnes pie skolām", "Velonovietnes pie skolām", "Velonovietnes pie skolām"];

    protected FakeTimeProvider Clock { get; } = new(Now);

    protected City Seeded { get; private set; } = null!;

    protected override IEnumerable<string> Settings => ["--Feeds:Enabled=true", "--Bot:Coordinators:0=telegram:777"];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    protected override async Task ArrangeAsync()
    {
        Seeded = await Bot.InScopeAsync(SeedAsync);
        // The links into the chat need the bot's Telegram name, which it learns from getMe as it starts polling.
        await WaitUntilAsync(() => Bot.Services.GetRequiredService<TelegramBotIdentity>().Username is not null);
    }

    [Fact]
    public async Task TheCalendar_HoldsTheUpcomingPublishedEvents_EachWithItsLinkIntoTheBot()
    {
        using var response = await GetAsync("/feeds/events.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        var ics = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.All(ics.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));

        var calendar = Calendar.Load(ics)!;
        var upcoming = Assert.Single(calendar.Events);
        Assert.Equal($"event-{Seeded.Upcoming}@genycity.bot", upcoming.Uid);
        Assert.Equal(EventTitle, upcoming.Summary);
        Assert.Equal(EventPlace, upcoming.Location);
        var link = $"https://t.me/genycity_test_bot?start=event_{Seeded.Upcoming}";
        Assert.Equal(link, upcoming.Url!.ToString());
        Assert.Equal($"{EventDescription}\n\n{FeedTexts.For(Language.Lv).AnswerInBot(link)}", upcoming.Description!.ReplaceLineEndings("\n"));
        Assert.Equal(Now.AddDays(3).UtcDateTime, upcoming.DtStart!.AsUtc);
        Assert.Equal(Now.AddDays(3).AddHours(2).UtcDateTime, upcoming.DtEnd!.AsUtc);
        Assert.Equal("CONFIRMED", upcoming.Status);
        Assert.Contains("X-WR-CALNAME:Daugavpils valstspilsētas pašvaldība: pasākumi jauniešiem\r\n", Unfold(ics), StringComparison.Ordinal);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT60M\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("X-PUBLISHED-TTL:PT60M\r\n", ics, StringComparison.Ordinal);

        // In another language, the calendar's own words change; the events are as the coordinator wrote them.
        var russian = await (await GetAsync("/feeds/events.ics?lang=ru")).Content.ReadAsStringAsync();
        Assert.Equal(EventTitle, Assert.Single(Calendar.Load(russian)!.Events).Summary);
        var organisation = Bot.Services.GetRequiredService<Domain.BotOptions>().Organisation.For(Language.Ru);
        Assert.Contains($"X-WR-CALNAME:{FeedTexts.For(Language.Ru).CalendarName(organisation)}\r\n", Unfold(russian), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheIdeas_AreThePublishedOnes_WithSmallCountsHidden_AndTheLicence()
    {
        using var response = await GetAsync("/feeds/ideas.json");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal($"<{Licence}>; rel=\"license\"", Header(response, "Link"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("CC BY 4.0", root.GetProperty("licence").GetProperty("name").GetString());
        Assert.Equal(Licence, root.GetProperty("licence").GetProperty("url").GetString());
        Assert.Equal("Daugavpils valstspilsētas pašvaldība", root.GetProperty("publisher").GetString());
        Assert.Equal("https://t.me/genycity_test_bot", root.GetProperty("bot").GetString());
        var ideas = root.GetProperty("ideas").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetInt64());
        Assert.Equal(
            new[] { Seeded.FourSupports, Seeded.FiveSupports, Seeded.UnderWay, Seeded.Done }.Order(),
            ideas.Keys.Order());

        var four = ideas[Seeded.FourSupports];
        Assert.Equal(JsonValueKind.Null, four.GetProperty("supports").ValueKind);
        Assert.Equal(5, ideas[Seeded.FiveSupports].GetProperty("supports").GetInt32());
        Assert.Equal(0, ideas[Seeded.UnderWay].GetProperty("supports").GetInt32());
        Assert.Equal("approved", four.GetProperty("status").GetString());
        Assert.Equal("apstiprināta", four.GetProperty("status_name").GetString());
        Assert.Equal("in_progress", ideas[Seeded.UnderWay].GetProperty("status").GetString());
        Assert.Equal("sport", four.GetProperty("theme").GetString());
        Assert.Equal("Sports un atpūta", four.GetProperty("theme_name").GetString());
        Assert.Equal("2026-11-21T10:00:00Z", four.GetProperty("created_at").GetString());
        Assert.Equal(
            ["id", "title", "description", "theme", "theme_name", "district", "district_name", "status", "status_name", "supports", "created_at", "status_changed_at"],
            four.EnumerateObject().Select(p => p.Name));

        // In Russian, the names of themes and statuses; the ideas as they were written.
        using var russian = JsonDocument.Parse(await (await GetAsync("/feeds/ideas.json?lang=ru")).Content.ReadAsStringAsync());
        var same = russian.RootElement.GetProperty("ideas").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == Seeded.FourSupports);
        Assert.Equal("Спорт и отдых", same.GetProperty("theme_name").GetString());
        Assert.Equal(four.GetProperty("title").GetString(), same.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/feeds/ideas.json?lang=xx")).StatusCode);
    }

    [Fact]
    public async Task NoFeed_HoldsTheAuthor_OrAnIdeaNotPublished()
    {
        foreach (var (path, shown) in FeedPaths.Zip(Shown))
        {
            using var response = await GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains(shown, Unfold(body), StringComparison.Ordinal);
            foreach (var secret in new[] { AuthorName, AuthorId, "Ķirsīte", "author", Seeded.PendingTitle, Seeded.RejectedTitle, Seeded.HiddenTitle, Seeded.TurnedDownTitle })
            {
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{path} holds «{secret}»");
            }
        }
    }

    [Fact]
    public async Task TheIdeasCsv_ParsesWithItsHeader_CountsUnderFiveHidden_AndFormulasDefused()
    {
        using var response = await GetAsync("/feeds/ideas.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal($"<{Licence}>; rel=\"license\"", Header(response, "Link"));
        var rows = ParseCsv(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(
            ["id", "title", "description", "theme", "theme_name", "district", "district_name", "status", "status_name", "supports", "created_at", "status_changed_at"],
            rows[0]);
        var byId = rows.Skip(1).ToDictionary(r => long.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4, byId.Count);
        Assert.Equal("< 5", byId[Seeded.FourSupports][9]);
        Assert.Equal("5", byId[Seeded.FiveSupports][9]);
        Assert.Equal("0", byId[Seeded.UnderWay][9]);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\";\"Soliņi\")", byId[Seeded.FiveSupports][1]);
        Assert.Equal("Vide un apzaļumošana", byId[Seeded.FiveSupports][4]);
    }

    [Fact]
    public async Task YouSaidWeDid_ListsTheIdeasUnderWayAndDone_WithTheCoordinatorsWords()
    {
        using var json = JsonDocument.Parse(await (await GetAsync("/feeds/wedid.json")).Content.ReadAsStringAsync());
        Assert.Equal(Licence, json.RootElement.GetProperty("licence").GetProperty("url").GetString());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();

        // The latest step first; an idea that was under way and then turned down is not listed.
        Assert.Equal([Seeded.Done, Seeded.UnderWay], items.Select(i => i.GetProperty("id").GetInt64()));
        Assert.Equal("implemented", items[0].GetProperty("status").GetString());
        Assert.Equal("Uzstādītas 20 novietnes, 3 skolās.", items[0].GetProperty("comment").GetString());
        Assert.Equal("2026-11-29T10:00:00Z", items[0].GetProperty("date").GetString());
        Assert.Equal("in_progress", items[1].GetProperty("status").GetString());
        Assert.Equal("Pasūtīts darbnīcā.", items[1].GetProperty("comment").GetString());

        using var csv = await GetAsync("/feeds/wedid.csv");
        Assert.Equal($"<{Licence}>; rel=\"license\"", Header(csv, "Link"));
        var rows = ParseCsv(await csv.Content.ReadAsByteArrayAsync());
        Assert.Equal(["id", "title", "status", "status_name", "date", "comment", "theme", "theme_name", "district", "district_name", "supports"], rows[0]);
        Assert.Equal([Seeded.Done.ToString(System.Globalization.CultureInfo.InvariantCulture), Seeded.UnderWay.ToString(System.Globalization.CultureInfo.InvariantCulture)], rows.Skip(1).Select(r => r[0]));
        Assert.Equal("Uzstādītas 20 novietnes, 3 skolās.", rows[1][5]);
    }

    protected Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(Bot.BaseUrl + path);

    protected static string Header(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.TryGetValues(header, out var content) ? content : []);

    /// <summary>An iCalendar text with its folded lines joined again (RFC 5545 3.1).</summary>
    protected static string Unfold(string text) => text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);

    /// <summary>CSV as RFC 4180 reads it: a byte order mark first, fields in quotes may hold commas, quotes (doubled) and line breaks.</summary>
    protected static List<string[]> ParseCsv(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "A quoted field is not closed.");
        Assert.Empty(row);
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        return rows;
    }

    /// <summary>The ideas and events the feeds are read from, by what each shows.</summary>
    protected sealed record City(
        long FourSupports, long FiveSupports, long UnderWay, long Done, long Upcoming,
        string PendingTitle, string RejectedTitle, string HiddenTitle, string TurnedDownTitle);

    private static async Task<City> SeedAsync(BotDbContext db)
    {
        var author = new Member(ChannelKind.Telegram, AuthorId, AuthorId, Language.Lv, Now.AddDays(-30));
        author.GiveConsent(Now.AddDays(-30));
        author.Rename(AuthorName);
        var coordinator = new Member(ChannelKind.Telegram, "777", "777", Language.Lv, Now.AddDays(-40));
        coordinator.GiveConsent(Now.AddDays(-40));
        db.Members.AddRange(author, coordinator);
        await db.SaveChangesAsync();

        Idea Submit(string title, string theme, int daysAgo)
        {
            var idea = Idea.Submit(author, title, "Lai jauniešiem būtu kur satikties, un ko darīt pēc skolas.", theme, null, $"feeds-{db.ChangeTracker.Entries<Idea>().Count()}", Now.AddDays(-daysAgo));
            db.Ideas.Add(idea);
            return idea;
        }

        var four = Submit("Skeitparks Ķīmiķu parkā", "sport", 10);
        var five = Submit("=HYPERLINK(\"http://evil.example\";\"Soliņi\")", "environment", 9);
        var underWay = Submit("Jauniešu centrs ar darbnīcām", "education", 8);
        var done = Submit("Velonovietnes pie skolām", "mobility", 7);
        var pending = Submit("Apgaismojums parkā pie ezera", "public-space", 2);
        var rejected = Submit("Bezmaksas Wi-Fi visur", "digital", 6);
        var hidden = Submit("Ielu mākslas siena pie tirgus", "culture", 5);
        var turnedDown = Submit("Peldbaseins katrā pagalmā", "sport", 6);
        await db.SaveChangesAsync();

        var by = coordinator.Id;
        foreach (var idea in new[] { four, five, underWay, done, hidden, turnedDown })
        {
            idea.MoveTo(IdeaStatus.Approved, null, by, idea.CreatedAt.AddDays(1));
        }

        rejected.MoveTo(IdeaStatus.Rejected, "Bibliotēkās tas jau ir.", by, rejected.CreatedAt.AddDays(1));
        underWay.MoveTo(IdeaStatus.InProgress, "Pasūtīts darbnīcā.", by, Now.AddDays(-3));
        done.MoveTo(IdeaStatus.InProgress, "Sākam.", by, Now.AddDays(-4));
        done.MoveTo(IdeaStatus.Implemented, "Uzstādītas 20 novietnes, 3 skolās.", by, Now.AddDays(-2));
        turnedDown.MoveTo(IdeaStatus.InProgress, "Skatāmies.", by, Now.AddDays(-4));
        turnedDown.MoveTo(IdeaStatus.Rejected, "Par dārgu.", by, Now.AddDays(-1));
        Assert.True(hidden.AddReport(threshold: 1));
        for (var i = 0; i < 4; i++)
        {
            four.AddSupport();
            five.AddSupport();
            hidden.AddSupport();
        }

        done.AddSupport();
        done.AddSupport();

        five.AddSupport();

        var upcoming = CityEvent.Publish(EventTitle, Now.AddDays(3), EventPlace, EventDescription, 30, coordinator, Now.AddDays(-1));
        var past = CityEvent.Publish("Pagājusī talka", Now.AddDays(-2), "Parks", "Bija labi.", null, coordinator, Now.AddDays(-9));
        var cancelled = CityEvent.Publish("Atceltā ekskursija", Now.AddDays(5), "Muzejs", "Nenotiks.", null, coordinator, Now.AddDays(-1));
        Assert.True(cancelled.Cancel(Now));
        db.Events.AddRange(upcoming, past, cancelled);
        await db.SaveChangesAsync();
        return new City(four.Id, five.Id, underWay.Id, done.Id, upcoming.Id, pending.Title, rejected.Title, hidden.Title, turnedDown.Title);
    }
}

/// <summary>The feeds on SQLite, with what is checked once: off by default, the results page, caching, bad settings.</summary>
public sealed class FeedsTests : FeedsSuite
{
    [Fact]
    public async Task TheFeeds_AreOffByDefault()
    {
        await RestartBotAsync("--Feeds:Enabled=false");

        foreach (var path in FeedPaths.Append("/feeds/results"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(path)).StatusCode);
        }

        Assert.False(new FeedsOptions().Enabled);
    }

    [Theory]
    [InlineData("lv")]
    [InlineData("ru")]
    [InlineData("en")]
    [InlineData("pl")]
    public async Task TheResultsPage_IsInTheLanguageAsked_WithNoScript_AndMayBeShownInAFrame(string code)
    {
        var language = new Language(code);
        var t = FeedTexts.For(language);
        using var response = await GetAsync($"/feeds/results/{code}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{code}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{t.ResultsTitle}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($">{t.Done}</h2>", html, StringComparison.Ordinal);
        Assert.Contains($">{t.UnderWay}</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Velonovietnes pie skolām</h3>", html, StringComparison.Ordinal);
        Assert.Contains("Uzstādītas 20 novietnes, 3 skolās.", html, StringComparison.Ordinal);
        // The idea done has two supports: not shown as a number.
        Assert.Contains(t.FewSupports, html, StringComparison.Ordinal);
        Assert.Contains(t.SmallCounts, html, StringComparison.Ordinal);
        Assert.Contains(">CC BY 4.0</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://t.me/genycity_test_bot\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);

        // Any site may frame it, and it runs nothing and loads nothing but the style in it.
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors *", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        var css = html[(html.IndexOf("<style>", StringComparison.Ordinal) + "<style>".Length)..html.IndexOf("</style>", StringComparison.Ordinal)];
        Assert.Contains($"style-src 'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(css)))}'", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("LV")]
    [InlineData("lv.json")]
    public async Task TheResultsPage_InALanguageTheBotDoesNotHave_IsNotFound(string code)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/feeds/results/{code}")).StatusCode);
        using var fallback = await GetAsync("/feeds/results");
        Assert.Equal("/feeds/results/lv", fallback.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task TheResultsPage_MayBeFramedOnlyByTheCitysSite_WhenSoSet()
    {
        await RestartBotAsync("--Feeds:FrameAncestors=https://www.daugavpils.lv https://*.daugavpils.lv");

        Assert.Contains(
            "frame-ancestors https://www.daugavpils.lv https://*.daugavpils.lv;",
            Header(await GetAsync("/feeds/results/lv"), "Content-Security-Policy"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFeed_IsMadeOncePerCacheTime_AndAReaderWithItsCopyIsToldItIsCurrent()
    {
        using var first = await GetAsync("/feeds/ideas.json");
        var etag = first.Headers.ETag!;
        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());
        Assert.Equal(Now, first.Content.Headers.LastModified);

        // A new idea is published: the kept copy is served until the cache time is up.
        var newIdea = await Bot.InScopeAsync(async db =>
        {
            var member = db.Members.Single(m => m.ExternalId == "777");
            var idea = Idea.Submit(member, "Āra trenažieri pie Šūņu ezera", "Vingrošanai.", "sport", null, "feeds-new", Now);
            idea.MoveTo(IdeaStatus.Approved, null, member.Id, Now);
            db.Ideas.Add(idea);
            await db.SaveChangesAsync();
            return idea.Title;
        });
        Clock.Advance(TimeSpan.FromSeconds(299));
        using var kept = await GetAsync("/feeds/ideas.json");
        Assert.Equal(etag, kept.Headers.ETag);
        Assert.Equal("public, max-age=1", kept.Headers.CacheControl!.ToString());
        Assert.DoesNotContain(newIdea, await kept.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, Bot.BaseUrl + "/feeds/ideas.json");
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await Http.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var head = await Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, Bot.BaseUrl + "/feeds/ideas.json"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(etag, head.Headers.ETag);
        Assert.Equal((await first.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);

        // Each language is kept on its own.
        Assert.Contains(newIdea, await (await GetAsync("/feeds/ideas.json?lang=en")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Clock.Advance(TimeSpan.FromSeconds(1));
        using var fresh = await GetAsync("/feeds/ideas.json");
        Assert.NotEqual(etag, fresh.Headers.ETag);
        Assert.Contains(newIdea, await fresh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var stale = new HttpRequestMessage(HttpMethod.Get, Bot.BaseUrl + "/feeds/ideas.json");
        stale.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await Http.SendAsync(stale)).StatusCode);
    }

    [Theory]
    [InlineData("--Feeds:CacheSeconds=5", "Feeds:CacheSeconds must be between 10 and 86400")]
    [InlineData("--Feeds:Licence:Name= ", "Feeds:Licence:Name must name the licence")]
    [InlineData("--Feeds:Licence:Url=ftp://licences.example/by", "Feeds:Licence:Url must be the licence's https:// address")]
    [InlineData("--Feeds:FrameAncestors=https://www.daugavpils.lv; script-src *", "Feeds:FrameAncestors must be * (any site)")]
    [InlineData("--Feeds:FrameAncestors=", "Feeds:FrameAncestors must be * (any site)")]
    public async Task ABadFeedsSetting_StopsTheStart_NamingTheKey(string setting, string problem)
    {
        await using var app = Program.Build([$"--ConnectionStrings:Bot={Database.ConnectionString}", "--Telegram:BotToken=", "--Feeds:Enabled=true", setting]);

        var failure = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(problem, Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void ASwitchThatIsNotAYesOrNo_StopsTheStart_NamingTheKey()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Program.Build([$"--ConnectionStrings:Bot={Database.ConnectionString}", "--Telegram:BotToken=", "--Feeds:Enabled=maybe"]));
        Assert.StartsWith("Failed to convert configuration value", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Feeds:Enabled", failure.Message, StringComparison.Ordinal);
    }
}

/// <summary>The same feeds on PostgreSQL.</summary>
public sealed class FeedsOnPostgresTests : FeedsSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
