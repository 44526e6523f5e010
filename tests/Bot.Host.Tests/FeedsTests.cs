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
using Microsoft.EntityFrameworkCore;
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
    public async Task TheCalendar_HoldsTheEventsToComeAndOfThePastWeek_AndTheOnesCancelledThatWeekAsCancelled()
    {
        using var response = await GetAsync("/feeds/events.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        var ics = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.All(ics.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));

        // A subscription feed, not a message: no METHOD, so each event's DTSTAMP is when it last changed (RFC 5545 3.8.7.2).
        Assert.DoesNotContain("METHOD:", ics, StringComparison.Ordinal);
        Assert.DoesNotContain(ics, c => char.IsControl(c) && c is not ('\r' or '\n'));

        var calendar = Calendar.Load(ics)!;
        // Google's and Apple's calendars delete what leaves the feed: the past week's events stay, and a cancelled one
        // stays to say so; the ones ended or cancelled longer ago are gone.
        Assert.Equal(
            new[] { Seeded.Past, Seeded.Upcoming, Seeded.Cancelled }.Select(id => $"event-{id}@genycity.bot"),
            calendar.Events.Select(e => e.Uid));
        var upcoming = calendar.Events.Single(e => e.Uid == $"event-{Seeded.Upcoming}@genycity.bot");
        Assert.Equal(EventTitle, upcoming.Summary);
        Assert.Equal(EventPlace, upcoming.Location);
        var link = $"https://t.me/genycity_test_bot?start=event_{Seeded.Upcoming}";
        Assert.Equal(link, upcoming.Url!.ToString());
        Assert.Equal($"{EventDescription}\n\n{FeedTexts.For(Language.Lv).AnswerInBot(link)}", upcoming.Description!.ReplaceLineEndings("\n"));
        Assert.Equal(Now.AddDays(3).UtcDateTime, upcoming.DtStart!.AsUtc);
        Assert.Equal(Now.AddDays(3).AddHours(2).UtcDateTime, upcoming.DtEnd!.AsUtc);
        Assert.Equal("CONFIRMED", upcoming.Status);
        Assert.Equal(0, upcoming.Sequence);
        Assert.Equal(Now.AddDays(-1).UtcDateTime, upcoming.DtStamp!.AsUtc);
        Assert.Equal(Now.AddDays(-1).UtcDateTime, upcoming.LastModified!.AsUtc);
        Assert.Equal("CONFIRMED", calendar.Events.Single(e => e.Uid == $"event-{Seeded.Past}@genycity.bot").Status);

        var cancelled = calendar.Events.Single(e => e.Uid == $"event-{Seeded.Cancelled}@genycity.bot");
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal(1, cancelled.Sequence);
        Assert.Equal(Now.UtcDateTime, cancelled.LastModified!.AsUtc);
        Assert.Equal("Nenotiks.", cancelled.Description);
        Assert.Contains("X-WR-CALNAME:Daugavpils valstspilsētas pašvaldība: pasākumi jauniešiem\r\n", Unfold(ics), StringComparison.Ordinal);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT60M\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("X-PUBLISHED-TTL:PT60M\r\n", ics, StringComparison.Ordinal);

        // In another language, the calendar's own words change; the events are as the coordinator wrote them.
        var russian = await (await GetAsync("/feeds/events.ics?lang=ru")).Content.ReadAsStringAsync();
        Assert.Equal(EventTitle, Calendar.Load(russian)!.Events.Single(e => e.Uid == upcoming.Uid).Summary);
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
        // The descriptions are residents' own text: not published unless the city says so (Feeds:IncludeDescriptions).
        Assert.Equal(
            ["id", "title", "theme", "theme_name", "district", "district_name", "status", "status_name", "supports", "created_at", "status_changed_at"],
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
            ["id", "title", "theme", "theme_name", "district", "district_name", "status", "status_name", "supports", "created_at", "status_changed_at"],
            rows[0]);
        var byId = rows.Skip(1).ToDictionary(r => long.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4, byId.Count);
        Assert.Equal("< 5", byId[Seeded.FourSupports][8]);
        Assert.Equal("5", byId[Seeded.FiveSupports][8]);
        Assert.Equal("0", byId[Seeded.UnderWay][8]);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\";\"Soliņi\")", byId[Seeded.FiveSupports][1]);
        Assert.Equal("Vide un apzaļumošana", byId[Seeded.FiveSupports][3]);
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

    [Fact]
    public async Task YouSaidWeDid_HidesSupportsFromOneToFour_AndShowsNoneAndFiveOrMore()
    {
        // The idea done has two supports, the one under way none.
        using (var json = JsonDocument.Parse(await (await GetAsync("/feeds/wedid.json")).Content.ReadAsStringAsync()))
        {
            var items = json.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetInt64());
            Assert.Equal(JsonValueKind.Null, items[Seeded.Done].GetProperty("supports").ValueKind);
            Assert.Equal(0, items[Seeded.UnderWay].GetProperty("supports").GetInt32());
        }

        var csv = ParseCsv(await (await GetAsync("/feeds/wedid.csv")).Content.ReadAsByteArrayAsync()).Skip(1).ToDictionary(r => r[0]);
        Assert.Equal("< 5", csv[Id(Seeded.Done)][10]);
        Assert.Equal("0", csv[Id(Seeded.UnderWay)][10]);

        await Bot.InScopeAsync(async db =>
        {
            var done = await db.Ideas.SingleAsync(i => i.Id == Seeded.Done);
            for (var i = 0; i < 3; i++)
            {
                done.AddSupport();
            }

            return await db.SaveChangesAsync();
        });

        // Five: shown, and at once, since the ideas changed.
        using var five = JsonDocument.Parse(await (await GetAsync("/feeds/wedid.json")).Content.ReadAsStringAsync());
        Assert.Equal(5, five.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == Seeded.Done).GetProperty("supports").GetInt32());
        Assert.Equal("5", ParseCsv(await (await GetAsync("/feeds/wedid.csv")).Content.ReadAsByteArrayAsync()).Single(r => r[0] == Id(Seeded.Done))[10]);
    }

    [Fact]
    public async Task YouSaidWeDid_ShowsTheCommentOfAStepUnderWayOrDone_NeverALaterOrOtherStepsNote()
    {
        var (noWordsYet, doneQuietly) = await Bot.InScopeAsync(async db =>
        {
            var by = await db.Members.SingleAsync(m => m.ExternalId == "777");
            var approvedWithNote = Idea.Submit(by, "Āra kino vasarā", "Filmas parkā.", "culture", null, "feeds-note", Now.AddDays(-6));
            var earlierWords = Idea.Submit(by, "Dzeramā ūdens strūklakas", "Parkos.", "environment", null, "feeds-earlier", Now.AddDays(-6));
            db.Ideas.AddRange(approvedWithNote, earlierWords);
            await db.SaveChangesAsync();
            approvedWithNote.MoveTo(IdeaStatus.Approved, "Apstiprināta; gaidām budžetu.", by.Id, Now.AddDays(-5));
            approvedWithNote.MoveTo(IdeaStatus.InProgress, null, by.Id, Now.AddHours(-2));
            earlierWords.MoveTo(IdeaStatus.Approved, null, by.Id, Now.AddDays(-5));
            earlierWords.MoveTo(IdeaStatus.InProgress, "Pasūtītas trīs strūklakas.", by.Id, Now.AddDays(-4));
            earlierWords.MoveTo(IdeaStatus.Implemented, null, by.Id, Now.AddHours(-1));
            await db.SaveChangesAsync();
            return (approvedWithNote.Id, earlierWords.Id);
        });

        using var json = JsonDocument.Parse(await (await GetAsync("/feeds/wedid.json")).Content.ReadAsStringAsync());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetInt64());
        // The approval's note is not what was done.
        Assert.Equal(JsonValueKind.Null, items[noWordsYet].GetProperty("comment").ValueKind);
        Assert.Equal("Pasūtītas trīs strūklakas.", items[doneQuietly].GetProperty("comment").GetString());
    }

    protected Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(Bot.BaseUrl + path);

    protected static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
        long FourSupports, long FiveSupports, long UnderWay, long Done, long Upcoming, long Past, long Cancelled,
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

        // A bell character pasted into the description: not something a calendar's text may hold.
        var upcoming = CityEvent.Publish(EventTitle, Now.AddDays(3), EventPlace, EventDescription + "\u0007", 30, coordinator, Now.AddDays(-1));
        var past = CityEvent.Publish("Pagājusī talka", Now.AddDays(-2), "Parks", "Bija labi.", null, coordinator, Now.AddDays(-9));
        var longPast = CityEvent.Publish("Sen pagājusī sapulce", Now.AddDays(-9), "Dome", "Sen.", null, coordinator, Now.AddDays(-20));
        var cancelled = CityEvent.Publish("Atceltā ekskursija", Now.AddDays(5), "Muzejs", "Nenotiks.", null, coordinator, Now.AddDays(-1));
        Assert.True(cancelled.Cancel(Now));
        var cancelledLongAgo = CityEvent.Publish("Sen atcelts koncerts", Now.AddDays(20), "Parks", "Nebūs.", null, coordinator, Now.AddDays(-20));
        Assert.True(cancelledLongAgo.Cancel(Now.AddDays(-8)));
        db.Events.AddRange(upcoming, past, longPast, cancelled, cancelledLongAgo);
        await db.SaveChangesAsync();
        return new City(four.Id, five.Id, underWay.Id, done.Id, upcoming.Id, past.Id, cancelled.Id, pending.Title, rejected.Title, hidden.Title, turnedDown.Title);
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
        // The idea done has two supports: not shown as a number; the one under way has none, which is (as in the data).
        Assert.Contains(t.FewSupports, html, StringComparison.Ordinal);
        Assert.Contains(t.Supports(0), html, StringComparison.Ordinal);
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
    public async Task AFeed_IsMadeOncePerCacheTime_WhileNothingChanges_AndAReaderWithItsCopyIsToldItIsCurrent()
    {
        using var first = await GetAsync("/feeds/ideas.json");
        var etag = first.Headers.ETag!;
        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());
        Assert.Equal(Now, first.Content.Headers.LastModified);

        Clock.Advance(TimeSpan.FromSeconds(299));
        using var kept = await GetAsync("/feeds/ideas.json");
        Assert.Equal(etag, kept.Headers.ETag);
        Assert.Equal("public, max-age=1", kept.Headers.CacheControl!.ToString());
        Assert.Equal(Now, kept.Content.Headers.LastModified);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, Bot.BaseUrl + "/feeds/ideas.json");
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await Http.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var head = await Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, Bot.BaseUrl + "/feeds/ideas.json"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(etag, head.Headers.ETag);
        Assert.Equal((await first.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);

        Clock.Advance(TimeSpan.FromSeconds(1));
        using var fresh = await GetAsync("/feeds/ideas.json");
        Assert.Equal(Now.AddSeconds(300), fresh.Content.Headers.LastModified);
        Assert.Equal("public, max-age=300", fresh.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task AnIdeaPublished_OrHidden_ShowsInEveryFeedAtOnce_NotAfterTheCacheTime()
    {
        using var first = await GetAsync("/feeds/ideas.json");
        Assert.Contains("Velonovietnes pie skolām", await (await GetAsync("/feeds/results/lv")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Velonovietnes pie skolām", await (await GetAsync("/feeds/wedid.csv")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var newIdea = await Bot.InScopeAsync(async db =>
        {
            var member = await db.Members.SingleAsync(m => m.ExternalId == "777");
            var idea = Idea.Submit(member, "Āra trenažieri pie Šūņu ezera", "Vingrošanai.", "sport", null, "feeds-new", Now);
            idea.MoveTo(IdeaStatus.Approved, null, member.Id, Now);
            db.Ideas.Add(idea);
            await db.SaveChangesAsync();
            return idea.Title;
        });
        using var published = await GetAsync("/feeds/ideas.json");
        Assert.NotEqual(first.Headers.ETag, published.Headers.ETag);
        Assert.Contains(newIdea, await published.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Reported and hidden, on this instance or another: gone from the next answer of each feed, on the same clock.
        await Bot.InScopeAsync(async db =>
        {
            Assert.True((await db.Ideas.SingleAsync(i => i.Id == Seeded.Done)).AddReport(threshold: 1));
            return await db.SaveChangesAsync();
        });
        foreach (var path in new[] { "/feeds/ideas.json", "/feeds/ideas.csv", "/feeds/wedid.json", "/feeds/wedid.csv", "/feeds/results/lv" })
        {
            Assert.DoesNotContain("Velonovietnes pie skolām", await (await GetAsync(path)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheCalendar_IsTheSameBytes_UntilAnEventChanges()
    {
        using var first = await GetAsync("/feeds/events.ics");
        Clock.Advance(TimeSpan.FromSeconds(301));
        using var remade = await GetAsync("/feeds/events.ics");
        Assert.Equal(Now.AddSeconds(301), remade.Content.Headers.LastModified);
        Assert.Equal(first.Headers.ETag, remade.Headers.ETag);

        await Bot.InScopeAsync(async db =>
        {
            Assert.True((await db.Events.SingleAsync(e => e.Id == Seeded.Upcoming)).Cancel(Now.AddSeconds(301)));
            return await db.SaveChangesAsync();
        });
        var cancelled = Calendar.Load(await (await GetAsync("/feeds/events.ics")).Content.ReadAsStringAsync())!.Events.Single(e => e.Uid == $"event-{Seeded.Upcoming}@genycity.bot");
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal(1, cancelled.Sequence);
    }

    [Fact]
    public async Task TheEventsUids_AreOfTheBotsOwnAddress_WhenItHasOne()
    {
        Assert.Equal("genycity.bot", Ics.UidDomain(null));
        Assert.Equal("genycity.bot", Ics.UidDomain(string.Empty));
        Assert.Equal("genycity.bot", Ics.UidDomain("http://localhost:5000"));
        Assert.Equal("bot.daugavpils.lv", Ics.UidDomain("https://bot.daugavpils.lv/"));

        await RestartBotAsync("--Dashboard:PublicUrl=https://bot.daugavpils.lv");

        var calendar = Calendar.Load(await (await GetAsync("/feeds/events.ics")).Content.ReadAsStringAsync())!;
        Assert.Contains($"event-{Seeded.Upcoming}@bot.daugavpils.lv", calendar.Events.Select(e => e.Uid));
    }

    [Fact]
    public async Task TheDescriptions_AreInTheOpenData_OnlyWhenTheCitySaysSo()
    {
        Assert.False(new FeedsOptions().IncludeDescriptions);
        await RestartBotAsync("--Feeds:IncludeDescriptions=true");

        using var json = JsonDocument.Parse(await (await GetAsync("/feeds/ideas.json")).Content.ReadAsStringAsync());
        var idea = json.RootElement.GetProperty("ideas")[0];
        Assert.Equal("Lai jauniešiem būtu kur satikties, un ko darīt pēc skolas.", idea.GetProperty("description").GetString());
        var rows = ParseCsv(await (await GetAsync("/feeds/ideas.csv")).Content.ReadAsByteArrayAsync());
        Assert.Equal("description", rows[0][2]);
        Assert.Equal("Lai jauniešiem būtu kur satikties, un ko darīt pēc skolas.", rows[1][2]);
    }

    [Fact]
    public async Task AThemeTheCityNoLongerHas_IsNotShownByItsKey()
    {
        await Bot.InScopeAsync(async db =>
        {
            var by = await db.Members.SingleAsync(m => m.ExternalId == "777");
            var idea = Idea.Submit(by, "Kāpšanas siena", "Sporta zālē.", "vanished-theme", null, "feeds-vanished", Now.AddDays(-3));
            db.Ideas.Add(idea);
            await db.SaveChangesAsync();
            idea.MoveTo(IdeaStatus.Approved, null, by.Id, Now.AddDays(-2));
            idea.MoveTo(IdeaStatus.InProgress, "Meklējam vietu.", by.Id, Now.AddDays(-1));
            return await db.SaveChangesAsync();
        });

        var html = await (await GetAsync("/feeds/results/lv")).Content.ReadAsStringAsync();
        Assert.Contains("<h3>Kāpšanas siena</h3>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("vanished-theme", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await (await GetAsync("/feeds/wedid.json")).Content.ReadAsStringAsync());
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("theme").GetString() == "vanished-theme");
        Assert.Equal(JsonValueKind.Null, item.GetProperty("theme_name").ValueKind);
    }

    [Theory]
    [InlineData("--Feeds:CacheSeconds=5", "Feeds:CacheSeconds must be between 10 and 3600")]
    [InlineData("--Feeds:CacheSeconds=3601", "Feeds:CacheSeconds must be between 10 and 3600")]
    [InlineData("--Feeds:Licence:Url=http://creativecommons.org/licenses/by/4.0/", "Feeds:Licence:Url must be the licence's https:// address")]
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

/// <summary>The feeds' cache on its own: each feed made once at a time, kept while its data is unchanged.</summary>
public sealed class FeedsCacheTests
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(5);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    private int made;

    [Fact]
    public async Task RequestsWhileAFeedIsBeingMade_WaitForThatOne()
    {
        var cache = new FeedCache(clock);
        var building = new TaskCompletionSource<Feed>(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = cache.GetAsync("ideas.json/lv", "1/1/1", KeepFor, _ => Count(building.Task), CancellationToken.None);
        var second = cache.GetAsync("ideas.json/lv", "1/1/1", KeepFor, _ => Count(building.Task), CancellationToken.None);
        building.SetResult(Made(complete: true));

        Assert.Same(await first, await second);
        Assert.Equal(1, made);
    }

    [Fact]
    public async Task AFeed_IsMadeAgain_WhenItsStampChanges_ElseKeptForTheCacheTime()
    {
        var cache = new FeedCache(clock);
        var kept = await cache.GetAsync("k", "1/1/1", KeepFor, _ => Count(Task.FromResult(Made(complete: true))), CancellationToken.None);
        clock.Advance(KeepFor - TimeSpan.FromSeconds(1));
        Assert.Same(kept, await cache.GetAsync("k", "1/1/1", KeepFor, _ => Count(Task.FromResult(Made(complete: true))), CancellationToken.None));
        Assert.Equal(1, made);

        Assert.NotSame(kept, await cache.GetAsync("k", "1/2/1", KeepFor, _ => Count(Task.FromResult(Made(complete: true))), CancellationToken.None));
        Assert.Equal(2, made);
    }

    [Fact]
    public async Task AFeedMadeBeforeTheBotKnewItsLinks_IsKeptTenSeconds()
    {
        var cache = new FeedCache(clock);
        var incomplete = await cache.GetAsync("k", "s", KeepFor, _ => Count(Task.FromResult(Made(complete: false))), CancellationToken.None);

        clock.Advance(FeedCache.IncompleteFor - TimeSpan.FromSeconds(1));
        Assert.Same(incomplete, await cache.GetAsync("k", "s", KeepFor, _ => Count(Task.FromResult(Made(complete: false))), CancellationToken.None));
        Assert.Equal(1, made);

        clock.Advance(TimeSpan.FromSeconds(1));
        await cache.GetAsync("k", "s", KeepFor, _ => Count(Task.FromResult(Made(complete: true))), CancellationToken.None);
        Assert.Equal(2, made);

        // Also when the making throws before it has a task to fail.
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetAsync("k", "t", KeepFor, _ => throw new InvalidOperationException("no scope"), CancellationToken.None));
        await cache.GetAsync("k", "t", KeepFor, _ => Count(Task.FromResult(Made(complete: true))), CancellationToken.None);
        Assert.Equal(3, made);
    }

    [Fact]
    public async Task AMakingThatFails_IsNotKept()
    {
        var cache = new FeedCache(clock);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetAsync("k", "s", KeepFor, _ => Count(Task.FromException<Feed>(new InvalidOperationException("database gone"))), CancellationToken.None));

        await cache.GetAsync("k", "s", KeepFor, _ => Count(Task.FromResult(Made(complete: true))), CancellationToken.None);
        Assert.Equal(2, made);

        // Also when the making throws before it has a task to fail.
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetAsync("k", "t", KeepFor, _ => throw new InvalidOperationException("no scope"), CancellationToken.None));
        await cache.GetAsync("k", "t", KeepFor, _ => Count(Task.FromResult(Made(complete: true))), CancellationToken.None);
        Assert.Equal(3, made);
    }

    private Task<Feed> Count(Task<Feed> feed)
    {
        Interlocked.Increment(ref made);
        return feed;
    }

    private Feed Made(bool complete) =>
        new(Encoding.UTF8.GetBytes($"feed {made}"), "application/json", clock.GetUtcNow(), new Dictionary<string, string>(), complete);
}

/// <summary>The feeds of a bot that is on Messenger and not on Telegram: the links go to the Page's chat.</summary>
public sealed class FeedsOverMessengerTests : BotTest
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider clock = new(Now);

    protected override bool UsesTelegram => false;

    protected override bool UsesGraph => true;

    protected override IEnumerable<string> Settings => ["--Feeds:Enabled=true", .. MessengerChat];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    [Fact]
    public async Task TheLinksIntoTheChat_GoToTheMessengerChat()
    {
        var id = await Bot.InScopeAsync(async db =>
        {
            var coordinator = new Member(ChannelKind.FacebookPage, "777", "777", Language.Lv, Now.AddDays(-40));
            db.Members.Add(coordinator);
            await db.SaveChangesAsync();
            var cityEvent = CityEvent.Publish("Jauniešu dome", Now.AddDays(3), "Vienības iela 1", "Sēde.", null, coordinator, Now.AddDays(-1));
            db.Events.Add(cityEvent);
            await db.SaveChangesAsync();
            return cityEvent.Id;
        });
        var chat = $"https://m.me/{MessengerUser.PageId}";

        var calendar = Calendar.Load(await (await Http.GetAsync(Bot.BaseUrl + "/feeds/events.ics")).Content.ReadAsStringAsync())!;
        var one = Assert.Single(calendar.Events);
        Assert.Equal($"event-{id}@genycity.bot", one.Uid);
        Assert.Equal(chat, one.Url!.ToString());
        Assert.Contains($"href=\"{chat}\"", await (await Http.GetAsync(Bot.BaseUrl + "/feeds/results/lv")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
