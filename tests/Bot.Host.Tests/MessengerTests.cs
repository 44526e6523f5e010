using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Events;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Messenger end to end: signed webhook bodies posted through the real ASP.NET pipeline, answers read
/// from the fake Graph API. Telegram runs beside it (the coordinator is on Telegram), as in a city that
/// uses both. The clock is fake: "now" is Monday 23 November 2026, 10:00 UTC.
/// </summary>
public sealed class MessengerTests : BotTest
{
    private const string PageToken = "page-token-for-tests";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private TelegramUser coordinator = null!;

    private string WebhookUrl => $"{Bot.BaseUrl}/webhooks/messenger";

    protected override bool UsesGraph => true;

    protected override IEnumerable<string> Settings => ["--Bot:Coordinators:0=telegram:777", .. MessengerChat];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    protected override Task ArrangeAsync()
    {
        coordinator = new TelegramUser(Api, 777, languageCode: "lv");
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheHandshake_EchoesTheChallenge_OnlyForTheRightVerifyToken()
    {
        using var http = new HttpClient();

        var right = await http.GetAsync(new Uri($"{WebhookUrl}?hub.mode=subscribe&hub.verify_token={MessengerUser.VerifyToken}&hub.challenge=1158201444"));
        var wrong = await http.GetAsync(new Uri($"{WebhookUrl}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444"));
        var none = await http.GetAsync(new Uri($"{WebhookUrl}?hub.mode=subscribe&hub.challenge=1158201444"));

        Assert.Equal((HttpStatusCode.OK, "1158201444"), (right.StatusCode, await right.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, none.StatusCode);
    }

    [Fact]
    public async Task BodiesWithoutAValidSignature_AreRefused_AndChangeNothing()
    {
        var body = MessengerUser.Body(new JsonObject
        {
            ["sender"] = new JsonObject { ["id"] = "intruder" },
            ["recipient"] = new JsonObject { ["id"] = MessengerUser.PageId },
            ["timestamp"] = 1,
            ["message"] = new JsonObject { ["mid"] = "m_forged", ["text"] = "/start" },
        }).ToJsonString();
        var otherSecret = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("not-the-secret"u8.ToArray(), Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.Forbidden, (await MessengerUser.PostRawAsync(WebhookUrl, body, signature: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MessengerUser.PostRawAsync(WebhookUrl, body, "sha256=deadbeef")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MessengerUser.PostRawAsync(WebhookUrl, body, otherSecret)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MessengerUser.PostRawAsync(WebhookUrl, body + " ", MessengerUser.Sign(body))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await MessengerUser.PostRawAsync(WebhookUrl, "{not json", MessengerUser.Sign("{not json"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await MessengerUser.PostRawAsync(WebhookUrl, """{"object":"user"}""", MessengerUser.Sign("""{"object":"user"}"""))).StatusCode);
        var huge = new string('x', 4 * 1024 * 1024);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await MessengerUser.PostRawAsync(WebhookUrl, huge, MessengerUser.Sign(huge))).StatusCode);

        // The webhook handles its calls in the order they come: once a good one behind them is answered, none of
        // the refused ones can still be handled.
        await new MessengerUser(Graph, WebhookUrl, "psid-sentinel").SentinelAsync();
        await Bot.OutboxDrainedAsync();
        Assert.Equal(["psid-sentinel"], await Bot.InScopeAsync(db => db.Members.Select(m => m.ExternalId).ToListAsync()));
        Assert.All(Graph.Messages, message => Assert.Equal("psid-sentinel", message.RecipientId));
    }

    [Fact]
    public async Task Onboarding_WorksOnMessenger_FromTheGetStartedButton()
    {
        var anna = new MessengerUser(Graph, WebhookUrl, "psid-anna");

        await anna.PostsBack("/start");
        var languages = await anna.NextAsync();
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], languages.Payloads);
        Assert.Equal("RESPONSE", languages.MessagingType);
        await anna.Taps("lang:ru");
        var notice = await anna.NextAsync(c => c.Payloads.Contains("consent:yes"));
        Assert.Contains("Прежде чем начать", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", notice.Text, StringComparison.Ordinal);
        // The first notice is one button template: at most 640 characters, Accept, Decline and Read more.
        Assert.Equal("template", notice.Json!["message"]!["attachment"]!["type"]!.GetValue<string>());
        Assert.InRange(notice.Text!.Length, 300, GenYCity.Bot.Host.Channels.Messenger.MessengerSender.MaxTemplateText);
        Assert.Equal(["consent:yes", "consent:no", "/privacy"], notice.Payloads);
        Assert.Equal("📄 Подробнее", notice.Titles[2]);

        await anna.PostsBack("/privacy");
        var full = new List<GraphCall> { await anna.NextAsync() };
        while (full[^1].Payloads.Count == 0)
        {
            full.Add(await anna.NextAsync());
        }

        Assert.StartsWith("🔒 Уведомление о защите данных", full[0].Text, StringComparison.Ordinal);
        Assert.All(full, part => Assert.InRange(part.Text!.Length, 1, 2000));
        Assert.Contains("Datu valsts inspekcija", string.Concat(full.Select(p => p.Text)), StringComparison.Ordinal);
        Assert.Equal(["consent:yes", "consent:no"], full[^1].Payloads);
        await anna.Taps("consent:yes");
        var menu = await anna.NextAsync(c => c.Payloads.Contains("/idea"));
        Assert.True(menu.Payloads.Count <= 13);
        Assert.All(menu.Titles, title => Assert.InRange(title.Length, 1, 20));

        var member = await Bot.InScopeAsync(db => db.Members.SingleAsync(m => m.ChatId == "psid-anna"));
        Assert.Equal((ChannelKind.Messenger, Language.Ru, ConsentStatus.Given), (member.Channel, member.Language, member.Consent));
        Assert.All(Graph.Messages, c => Assert.Equal($"Bearer {PageToken}", c.Authorization));
        await anna.SendsSticker();
        Assert.StartsWith("Здесь я понимаю текст и кнопки", (await anna.NextAsync()).Text, StringComparison.Ordinal);

        var profile = await Graph.WaitForAsync(c => c.Path.EndsWith("/me/messenger_profile", StringComparison.Ordinal));
        Assert.Equal("/start", profile.Json!["get_started"]!["payload"]!.GetValue<string>());
        Assert.Equal(["default", "lv_LV", "ru_RU", "en_US"], profile.Json["persistent_menu"]!.AsArray().Select(m => m!["locale"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnIdeaWithAPhoto_IsSubmittedOnMessenger_AndReachesTheCoordinatorOnTelegram()
    {
        coordinator.Says("/start");
        await coordinator.NextAsync();
        var anna = await OnboardAsync("psid-anna", "lv");

        await anna.Says("/idea");
        await anna.NextAsync();
        await anna.Says("Soliņi pie Daugavas");
        await anna.NextAsync();
        await anna.Says("Vairāk soliņu krastmalā.");
        var themes = await anna.NextAsync();
        Assert.Contains("idea:theme:public-space", themes.Payloads);
        await anna.Taps("idea:theme:public-space");
        await anna.NextAsync(c => c.Payloads.Contains("idea:skip"));
        await anna.SendsPhoto("https://scontent.example/benches.jpg");
        // Messenger has no location to share: the place is typed.
        Assert.StartsWith("📍 Kur tas ir? Uzraksti vietu", (await anna.NextAsync(c => c.Text?.StartsWith("📍", StringComparison.Ordinal) == true)).Text, StringComparison.Ordinal);
        await anna.Says("Pie Daugavas krastmalas");
        var photo = await anna.NextAsync(c => c.ImageUrl is not null);
        Assert.Equal("https://scontent.example/benches.jpg", photo.ImageUrl);
        var preview = await anna.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        await anna.Taps(preview.Payloads.First(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        var received = await anna.NextAsync(c => c.Text?.Contains("#1", StringComparison.Ordinal) == true);
        Assert.StartsWith("🎉 Ideja #1", received.Text, StringComparison.Ordinal);

        var card = await Api.WaitForCallAsync(c => c.ChatId == coordinator.ChatId && c.Method == "sendPhoto");
        Assert.Equal("https://scontent.example/benches.jpg", card.Body["photo"]!.ToString());
        Assert.Contains("Soliņi pie Daugavas", card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEventAnswer_AndTheDigest_WorkOnMessenger()
    {
        var anna = await OnboardAsync("psid-anna", "en");
        await SeedEventAsync(clock.GetUtcNow().AddDays(2));

        await anna.Says("/events");
        var card = await anna.NextAsync(c => c.Payloads.Contains("rsvp:go:1"));
        Assert.Contains("Youth council", card.Text, StringComparison.Ordinal);
        await anna.Taps("rsvp:go:1");
        await anna.NextAsync();
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.Rsvps.AnyAsync(r => r.EventId == 1 && r.Answer == RsvpAnswer.Going)));

        await anna.Says("/digest");
        var digest = await anna.NextAsync(c => c.Text?.StartsWith("🗞", StringComparison.Ordinal) == true);
        Assert.Contains("• Youth council", digest.Text, StringComparison.Ordinal);
        Assert.Contains("dg:e:1", digest.Payloads);
    }

    [Fact]
    public async Task OutsideTheWindow_AReminderCarriesTheTag_AndAnAnnouncementIsSkipped()
    {
        var anna = await OnboardAsync("psid-anna", "en");
        await SeedEventAsync(clock.GetUtcNow().AddDays(3));
        await anna.Says("/events");
        await anna.NextAsync(c => c.Payloads.Contains("rsvp:go:1"));
        await anna.Taps("rsvp:go:1");
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.Rsvps.AnyAsync(r => r.Answer == RsvpAnswer.Going)));
        await anna.NextAsync();

        // Two days of silence later: the window has closed; the event is a day away.
        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(5));
        await Bot.TriggerJobAsync(EventReminderJob.Key);
        var reminder = await anna.NextAsync();
        Assert.Equal(("MESSAGE_TAG", "CONFIRMED_EVENT_UPDATE"), (reminder.MessagingType, reminder.Tag));
        Assert.Contains("Youth council", reminder.Text, StringComparison.Ordinal);

        await Bot.InScopeAsync(async db =>
        {
            db.Broadcasts.Add(Announcements.ToSubscribers("Free swimming on Friday!", clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        await Bot.OutboxDrainedAsync();
        anna.ExpectNoNewMessages();
        var skipped = await Bot.InScopeAsync(db => db.Deliveries.SingleAsync(d => d.BroadcastId != null && d.ChatId == "psid-anna"));
        Assert.Equal(DeliveryStatus.Skipped, skipped.Status);
    }

    [Fact]
    public async Task APersonWhoCannotBeReached_IsMarkedUnreachable_AndAWindowRefusalIsSkipped()
    {
        var anna = await OnboardAsync("psid-anna", "en");
        Graph.Intercept = call => call.RecipientId == "psid-anna" && call.Text?.Contains("Help", StringComparison.Ordinal) != true
            ? FakeGraphApi.Error(400, 551, 1545041, "This person isn't available right now.")
            : null;

        await anna.Says("/settings");

        await WaitUntilAsync(async () => !(await Bot.InScopeAsync(db => db.Members.SingleAsync(m => m.ChatId == "psid-anna"))).IsReachable);
        Graph.Intercept = _ => FakeGraphApi.Error(400, 10, 2018278, "(#10) This message is sent outside of allowed window.");
        var bob = await OnboardAsync("psid-bob", "en", expectAnswers: false);
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.Deliveries.AnyAsync(d => d.ChatId == "psid-bob" && d.Status == DeliveryStatus.Skipped)));
        Assert.True((await Bot.InScopeAsync(db => db.Members.SingleAsync(m => m.ChatId == bob.Psid))).IsReachable);
    }

    [Fact]
    public async Task ACoordinatorOnMessenger_GetsTheExportAsAnUploadedFile()
    {
        await RestartBotAsync("--Bot:Coordinators:0=messenger:psid-boss");
        var boss = await OnboardAsync("psid-boss", "lv");
        await Bot.InScopeAsync(async db =>
        {
            var author = await db.Members.SingleAsync(m => m.ChatId == "psid-boss");
            db.Ideas.Add(GenYCity.Bot.Domain.Ideas.Idea.Submit(author, "Slidotava centrā", "Ziemā.", "sport", null, "k1", clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        await boss.Says("/export");

        var upload = await boss.NextAsync(c => c.Files.Count > 0);
        var (name, xlsx) = upload.Files.Single();
        Assert.EndsWith(".xlsx", name, StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", upload.FileTypes[name]);
        Assert.Equal("PK"u8.ToArray(), xlsx.Take(2));
        Assert.Equal("file", upload.Json!["message"]!["attachment"]!["type"]!.GetValue<string>());

        await boss.Says("/export csv");
        var csvUpload = await boss.NextAsync(c => c.Files.Count > 0);
        var (csvName, csv) = csvUpload.Files.Single();
        Assert.Equal("text/csv", csvUpload.FileTypes[csvName]);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Take(3));
    }

    [Fact]
    public async Task TwoEventsWithoutAMessageId_InTheSameMillisecond_AreBothHandled_AndARedeliveryOfTheBodyIsNot()
    {
        var body = MessengerUser.Body(
            new JsonObject { ["sender"] = new JsonObject { ["id"] = "psid-twin" }, ["recipient"] = new JsonObject { ["id"] = MessengerUser.PageId }, ["timestamp"] = 1_700_000_000_000, ["postback"] = new JsonObject { ["payload"] = "/start" } },
            new JsonObject { ["sender"] = new JsonObject { ["id"] = "psid-twin" }, ["recipient"] = new JsonObject { ["id"] = MessengerUser.PageId }, ["timestamp"] = 1_700_000_000_000, ["postback"] = new JsonObject { ["payload"] = "/help" } })
            .ToJsonString();

        Assert.Equal(HttpStatusCode.OK, (await MessengerUser.PostRawAsync(WebhookUrl, body, MessengerUser.Sign(body))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MessengerUser.PostRawAsync(WebhookUrl, body, MessengerUser.Sign(body))).StatusCode);

        // Each call was answered once its events were handled: their answers are all in the outbox.
        await Bot.OutboxDrainedAsync();
        Assert.Equal(2, Graph.Messages.Count(c => c.RecipientId == "psid-twin"));
        Assert.Equal(2, await Bot.InScopeAsync(db => db.ProcessedUpdates.CountAsync(u => u.Key.StartsWith("messenger:postback:psid-twin:"))));
    }

    [Fact]
    public async Task ACalendarEntryAndMyData_AreUploadedWithTheirOwnTypes_SoPhonesOfferTheRightApp()
    {
        var anna = await OnboardAsync("psid-anna", "en");
        await SeedEventAsync(clock.GetUtcNow().AddDays(2));

        await anna.Taps("cal:1");
        var calendar = await anna.NextAsync(c => c.Files.Count > 0);
        await anna.Says("/mydata");
        var data = await anna.NextAsync(c => c.Files.Count > 0);

        Assert.Equal("text/calendar", calendar.FileTypes.Single(f => f.Key.EndsWith(".ics", StringComparison.Ordinal)).Value);
        Assert.Equal("application/json", data.FileTypes.Single(f => f.Key.EndsWith(".json", StringComparison.Ordinal)).Value);
    }

    private async Task<MessengerUser> OnboardAsync(string psid, string language, bool expectAnswers = true)
    {
        var user = new MessengerUser(Graph, WebhookUrl, psid);
        await user.PostsBack("/start");
        if (expectAnswers)
        {
            await user.NextAsync();
        }

        await user.Taps($"lang:{language}");
        if (expectAnswers)
        {
            await user.NextAsync(c => c.Payloads.Contains("consent:yes"));
        }

        await user.Taps("consent:yes");
        if (expectAnswers)
        {
            await user.NextAsync(c => c.Payloads.Contains("/idea"));
        }

        return user;
    }

    private Task<int> SeedEventAsync(DateTimeOffset startsAt) => Bot.InScopeAsync(async db =>
    {
        var host = new Member(ChannelKind.Telegram, "777", "777", Language.Lv, clock.GetUtcNow());
        db.Members.Add(host);
        await db.SaveChangesAsync();
        db.Events.Add(CityEvent.Publish("Youth council", startsAt, "Vienības iela 1", "Planning the summer.", null, host, clock.GetUtcNow()));
        return await db.SaveChangesAsync();
    });

}
