using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// WhatsApp end to end: signed webhook bodies posted through the real ASP.NET pipeline as Meta posts them, answers read
/// from the fake Cloud API. The coordinator writes on WhatsApp too. The clock is fake: "now" is Monday 23 November 2026,
/// 10:00 UTC.
/// </summary>
public sealed class WhatsAppTests : BotTest
{
    private const string Boss = "37129000001";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    private string WebhookUrl => $"{Bot.BaseUrl}/webhooks/whatsapp";

    protected override bool UsesTelegram => false;

    protected override bool UsesWhatsApp => true;

    protected override IEnumerable<string> Settings => [$"--Bot:Coordinators:0=whatsapp:{Boss}", .. WhatsAppChat];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    [Fact]
    public async Task TheHandshake_EchoesTheChallenge_OnlyForTheRightVerifyToken()
    {
        var right = await Http.GetAsync(new Uri($"{WebhookUrl}?hub.mode=subscribe&hub.verify_token={WhatsAppUser.VerifyToken}&hub.challenge=1158201444"));
        var wrong = await Http.GetAsync(new Uri($"{WebhookUrl}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444"));
        var notSubscribe = await Http.GetAsync(new Uri($"{WebhookUrl}?hub.mode=unsubscribe&hub.verify_token={WhatsAppUser.VerifyToken}&hub.challenge=1"));

        Assert.Equal((HttpStatusCode.OK, "1158201444"), (right.StatusCode, await right.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notSubscribe.StatusCode);
    }

    [Fact]
    public async Task BodiesWithoutAValidSignature_AreRefusedBeforeTheyAreRead_AndARedeliveryIsHandledOnce()
    {
        var intruder = new WhatsAppUser(Cloud, WebhookUrl, "37120000666");
        var body = WhatsAppUser.Body(intruder.Message("text", new JsonObject { ["text"] = new JsonObject { ["body"] = "/start" } })).ToJsonString();
        var otherSecret = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("not-the-secret"u8.ToArray(), Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.Forbidden, (await WhatsAppUser.PostRawAsync(WebhookUrl, body, signature: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WhatsAppUser.PostRawAsync(WebhookUrl, body, otherSecret)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WhatsAppUser.PostRawAsync(WebhookUrl, body + " ", WhatsAppUser.Sign(body))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await WhatsAppUser.PostRawAsync(WebhookUrl, "{not json", WhatsAppUser.Sign("{not json"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await WhatsAppUser.PostRawAsync(WebhookUrl, """{"object":"page"}""", WhatsAppUser.Sign("""{"object":"page"}"""))).StatusCode);
        // A message to another number of the same app is not this bot's to answer.
        var elsewhere = WhatsAppUser.Body(intruder.Message("text", new JsonObject { ["text"] = new JsonObject { ["body"] = "/start" } }), phoneNumberId: "999").ToJsonString();
        Assert.Equal(HttpStatusCode.OK, (await WhatsAppUser.PostRawAsync(WebhookUrl, elsewhere, WhatsAppUser.Sign(elsewhere))).StatusCode);

        // The same message delivered twice (Meta retries a call it thinks failed) is answered once.
        var anna = new WhatsAppUser(Cloud, WebhookUrl, "37120000001");
        var start = WhatsAppUser.Body(anna.Message("text", new JsonObject { ["text"] = new JsonObject { ["body"] = "/start" } })).ToJsonString();
        Assert.Equal(HttpStatusCode.OK, (await WhatsAppUser.PostRawAsync(WebhookUrl, start, WhatsAppUser.Sign(start))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WhatsAppUser.PostRawAsync(WebhookUrl, start, WhatsAppUser.Sign(start))).StatusCode);

        await anna.SentinelAsync();
        await Bot.OutboxDrainedAsync();
        Assert.Equal(["37120000001"], await Bot.InScopeAsync(db => db.Members.Select(m => m.ExternalId).ToListAsync()));
        Assert.Single(Cloud.Messages, c => c.To == "37120000001" && c.Payloads.Contains("lang:lv"));
        Assert.All(Cloud.Messages, c => Assert.Equal("37120000001", c.To));
    }

    [Fact]
    public async Task Onboarding_InRussian_UsesReplyButtons_AndTheMenuBecomesAList()
    {
        var anna = new WhatsAppUser(Cloud, WebhookUrl, "37120000001", "Анна");

        await anna.Says("/start");
        var languages = await anna.NextAsync();
        Assert.Equal(("interactive", "button"), (languages.Type, languages.InteractiveType));
        Assert.Equal(["lang:lv", "lang:ru", "lang:en"], languages.Payloads);
        await anna.Taps("lang:ru");
        var notice = await anna.NextAsync(c => c.Payloads.Contains("consent:yes"));
        Assert.InRange(notice.Text!.Length, 1, 1024);
        Assert.Equal(["consent:yes", "consent:no", "/privacy"], notice.Payloads);
        Assert.All(notice.Titles, title => Assert.InRange(title.Length, 1, 20));
        await anna.Taps("consent:yes");

        var menu = await anna.NextAsync(c => c.Payloads.Contains("/idea"));
        Assert.Equal(("interactive", "list"), (menu.Type, menu.InteractiveType));
        Assert.Equal("☰ Выбрать", menu.ListButton);
        Assert.InRange(menu.Payloads.Count, 4, 10);
        Assert.All(menu.Titles, title => Assert.InRange(title.Length, 1, 24));
        Assert.Contains("В WhatsApp я могу свободно писать тебе только в течение суток", menu.Text, StringComparison.Ordinal);
        var member = await Bot.InScopeAsync(db => db.Members.SingleAsync(m => m.ChatId == "37120000001"));
        Assert.Equal((ChannelKind.WhatsApp, Language.Ru, ConsentStatus.Given, "Анна"), (member.Channel, member.Language, member.Consent, member.DisplayName));
        Assert.All(Cloud.Messages, c => Assert.Equal($"Bearer {FakeCloudApi.AccessToken}", c.Authorization));

        await anna.SendsSticker();
        Assert.StartsWith("Здесь я понимаю текст и кнопки", (await anna.NextAsync()).Text, StringComparison.Ordinal);
        await anna.Picks("/help");
        Assert.NotNull((await anna.NextAsync()).Text);
    }

    [Fact]
    public async Task AnIdeaWithAPhotoAndASharedPlace_IsModeratedByACoordinatorOnWhatsApp_AndSupportedAndFollowed()
    {
        var boss = await OnboardAsync(Boss, "lv", "Coordinator");
        var anna = await OnboardAsync("37120000001", "lv");
        Cloud.AddMedia("1468000000000001", TestImages.Picture(640, 480));

        await anna.Says("/idea");
        await anna.NextAsync();
        await anna.Says("Soliņi pie Daugavas");
        await anna.NextAsync();
        await anna.Says("Vairāk soliņu krastmalā, lai var atpūsties.");
        var themes = await anna.NextAsync(c => c.Payloads.Contains("idea:theme:public-space"));
        Assert.Equal("list", themes.InteractiveType);
        await anna.Picks("idea:theme:public-space");
        await anna.NextAsync(c => c.Payloads.Contains("idea:skip"));
        await anna.SendsPhoto("1468000000000001", caption: "Te");
        // WhatsApp shares a location from the chat: the question says how.
        var where = await anna.NextAsync(c => c.Text?.StartsWith("📍", StringComparison.Ordinal) == true);
        Assert.Contains("Atsūti atrašanās vietu", where.Text, StringComparison.Ordinal);
        await anna.SendsLocation(55.8714, 26.5161, "Daugavas krastmala");
        var preview = await anna.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        await anna.Taps(preview.Payloads.First(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        Assert.StartsWith("🎉 Ideja #1", (await anna.NextAsync(c => c.Text?.Contains("#1", StringComparison.Ordinal) == true)).Text, StringComparison.Ordinal);

        // The photo was fetched through the Graph API with the token, kept, and is served at the bot's public address.
        Assert.Equal(1, Cloud.Downloads);
        var idea = await Bot.InScopeAsync(db => db.Ideas.SingleAsync());
        Assert.StartsWith($"{RunningBot.PublicUrl}/dashboard/media/", idea.PhotoRef, StringComparison.Ordinal);
        // Kept as precisely as a place needs to be (a hundred metres or so), as on Telegram.
        Assert.Equal(55.871, idea.Latitude!.Value, 3);
        Assert.Equal(26.516, idea.Longitude!.Value, 3);
        var key = idea.PhotoRef![(idea.PhotoRef!.LastIndexOf('/') + 1)..];
        var served = await Http.GetAsync(new Uri($"{Bot.BaseUrl}/dashboard/media/{key}"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);

        // The coordinator, on WhatsApp, gets the card with its photo by that address, and approves it from the buttons.
        var photo = await boss.NextAsync(c => c.ImageLink is not null);
        Assert.Equal(idea.PhotoRef, photo.ImageLink);
        var card = await boss.NextAsync(c => c.Payloads.Contains("mod:ok:1"));
        Assert.Contains("Soliņi pie Daugavas", card.Text, StringComparison.Ordinal);
        Assert.All(card.Titles, title => Assert.InRange(title.Length, 1, 24));
        await boss.Picks("mod:ok:1");
        await anna.NextAsync(c => c.Text?.Contains("#1", StringComparison.Ordinal) == true);

        // The card went as two messages, its photo and its text; Meta's later word that it could not fetch the photo
        // names the photo's id, and still finds the card's delivery.
        await Bot.OutboxDrainedAsync();
        await boss.Failed(photo.MessageId!, 131053, "Media upload error");
        var cardRow = await Bot.InScopeAsync(db => db.Deliveries.SingleAsync(d => d.SentMessageId == card.MessageId));
        Assert.Equal((Delivery.DeliveryStatus.Failed, "131053 Media upload error"), (cardRow.Status, cardRow.LastError));

        var bob = await OnboardAsync("37120000002", "ru", "Борис");
        await bob.Says("/ideas");
        var published = await bob.NextAsync(c => c.Payloads.Contains("vote:up:1"));
        Assert.Contains("Soliņi pie Daugavas", published.Text, StringComparison.Ordinal);
        await bob.Picks("vote:up:1");
        await bob.SentinelAsync();
        Assert.Equal(1, (await Bot.InScopeAsync(db => db.Ideas.SingleAsync())).SupportCount);
        Assert.True(await Bot.InScopeAsync(db => db.IdeaFollows.AnyAsync(f => f.IdeaId == 1)));
    }

    [Fact]
    public async Task AnAnnouncement_GoesFreelyWithinTheWindow_AsTheCitysPaidTemplateOutsideIt_AndIsSkippedWithoutOne_AsThePreviewSaid()
    {
        await RestartBotAsync("--WhatsApp:Templates:announcement:lv:Name=genycity_news_lv", "--WhatsApp:Templates:announcement:lv:Parameters:0=text");
        var bob = await OnboardAsync("37120000002", "lv", "Bob");
        var vera = await OnboardAsync("37120000003", "ru", "Вера");
        // Two days later Bob and Vera have not written: their windows are closed. Anna has just begun.
        clock.Advance(TimeSpan.FromDays(2));
        var anna = await OnboardAsync("37120000001", "lv");
        var boss = await OnboardAsync(Boss, "en", "Coordinator");

        await boss.Says("/announce");
        await boss.NextAsync();
        await boss.Says("Free swimming on Friday!\nBring a towel.");
        await boss.NextAsync(c => c.Payloads.Contains("announce:skip"));
        await boss.Taps("announce:skip");
        await boss.NextAsync(c => c.Payloads.Contains("announce:to:all"));
        await boss.Taps("announce:to:all");
        var preview = await boss.NextAsync(c => c.Payloads.Any(p => p.StartsWith("announce:send:", StringComparison.Ordinal)));
        Assert.Contains("sent as the city’s approved template (Meta charges for each): 1", preview.Text, StringComparison.Ordinal);
        Assert.Contains("with no approved template for this, so not sent: 1", preview.Text, StringComparison.Ordinal);
        await boss.Taps(preview.Payloads.First(p => p.StartsWith("announce:send:", StringComparison.Ordinal)));
        await Bot.OutboxDrainedAsync();

        Assert.Equal("Free swimming on Friday!\nBring a towel.", (await anna.NextAsync(c => c.Text?.StartsWith("Free swimming", StringComparison.Ordinal) == true)).Text);
        var template = await bob.NextAsync(c => c.Type == "template");
        Assert.Equal(("genycity_news_lv", "lv"), (template.TemplateName, template.TemplateLanguage));
        // One line: the Cloud API refuses new lines in a parameter.
        Assert.Equal(["Free swimming on Friday! · Bring a towel."], template.TemplateParameters);
        Assert.Empty(vera.Unseen());
        var rows = await Bot.InScopeAsync(db => db.Deliveries.Where(d => d.BroadcastId != null).ToDictionaryAsync(d => d.ChatId));
        Assert.Equal(Delivery.DeliveryStatus.Sent, rows["37120000002"].Status);
        Assert.Equal(Delivery.DeliveryStatus.Skipped, rows["37120000003"].Status);
        Assert.Contains("no approved 'announcement' template in ru", rows["37120000003"].LastError, StringComparison.Ordinal);
        var paid = await Bot.InScopeAsync(db => db.Set<Channels.WhatsApp.WhatsAppTemplateSend>().ToListAsync());
        Assert.Equal([("37120000002", "announcement")], paid.Select(p => (p.ChatId, p.Kind)));
    }

    [Fact]
    public async Task WhenMetasWindowClosedBeforeTheBotsReckoning_TheMessageGoesAsTheTemplate()
    {
        await RestartBotAsync("--WhatsApp:Templates:announcement:lv:Name=genycity_news_lv", "--WhatsApp:Templates:announcement:lv:Parameters:0=text");
        var anna = await OnboardAsync("37120000001", "lv");
        await Bot.OutboxDrainedAsync();
        Cloud.Intercept = call => call.To == "37120000001" && call.Type == "text"
            ? FakeCloudApi.Error(400, 131047, "Re-engagement message", "More than 24 hours have passed since the recipient last replied to the sender number.")
            : null;

        await AnnounceAsync("Peldēšana piektdien");

        Assert.Equal("genycity_news_lv", (await anna.NextAsync(c => c.Type == "template")).TemplateName);
        Assert.Equal(Delivery.DeliveryStatus.Sent, (await Bot.InScopeAsync(db => db.Deliveries.SingleAsync(d => d.BroadcastId != null))).Status);
    }

    [Fact]
    public async Task TheDailyLimitOfPeopleReachedWithTemplates_IsKept_AndTheRestAreSkipped()
    {
        await RestartBotAsync(
            "--WhatsApp:Templates:announcement:lv:Name=genycity_news_lv", "--WhatsApp:Templates:announcement:lv:Parameters:0=text", "--WhatsApp:BusinessInitiatedPerDay=2");
        var people = new List<WhatsAppUser>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await OnboardAsync($"3712000001{i}", "lv"));
        }

        clock.Advance(TimeSpan.FromDays(2));
        await AnnounceAsync("Swimming");

        Assert.Equal(2, Cloud.Messages.Count(c => c.Type == "template"));
        var skipped = await Bot.InScopeAsync(db => db.Deliveries.Where(d => d.BroadcastId != null && d.Status == Delivery.DeliveryStatus.Skipped).ToListAsync());
        Assert.Equal(2, skipped.Count);
        Assert.All(skipped, row => Assert.StartsWith("WhatsApp's messaging limit", row.LastError, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AReminderOutsideTheWindow_GoesAsTheCitysReminderTemplate_WithTheEventsTitleTimeAndPlace()
    {
        await RestartBotAsync(
            "--WhatsApp:Templates:reminder:ru:Name=genycity_reminder_ru",
            "--WhatsApp:Templates:reminder:ru:Parameters:0=title",
            "--WhatsApp:Templates:reminder:ru:Parameters:1=when",
            "--WhatsApp:Templates:reminder:ru:Parameters:2=place");
        var anna = await OnboardAsync("37120000001", "ru", "Анна");
        await Bot.InScopeAsync(async db =>
        {
            var host = await db.Members.SingleAsync(m => m.ChatId == "37120000001");
            db.Events.Add(Domain.Events.CityEvent.Publish("Молодёжный совет", clock.GetUtcNow().AddDays(3), "Vienības iela 1", "Планы.", null, host, clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        await anna.Says("/events");
        await anna.NextAsync(c => c.Payloads.Contains("rsvp:go:1"));
        await anna.Picks("rsvp:go:1");
        await anna.SentinelAsync();

        // Two days of silence: her window has closed; the event is a day away.
        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(5));
        await Bot.TriggerJobAsync(Events.EventReminderJob.Key);
        await Bot.OutboxDrainedAsync();

        var reminder = await anna.NextAsync(c => c.Type == "template");
        Assert.Equal(("genycity_reminder_ru", "ru"), (reminder.TemplateName, reminder.TemplateLanguage));
        Assert.Equal("Молодёжный совет", reminder.TemplateParameters[0]);
        // 10:00 UTC is 12:00 in Daugavpils, tomorrow as the reminder says it.
        Assert.Contains("12:00", reminder.TemplateParameters[1], StringComparison.Ordinal);
        Assert.Equal("Vienības iela 1", reminder.TemplateParameters[2]);
        Assert.Empty(anna.Unseen());
    }

    [Fact]
    public async Task TheAuthorOutsideTheWindow_HearsTheirIdeaWasApproved_AsTheCitysIdeaNewsTemplate()
    {
        await RestartBotAsync(
            "--WhatsApp:Templates:ideanews:lv:Name=genycity_idea_lv",
            "--WhatsApp:Templates:ideanews:lv:Parameters:0=idea",
            "--WhatsApp:Templates:ideanews:lv:Parameters:1=text");
        var anna = await OnboardAsync("37120000001", "lv");
        await Bot.InScopeAsync(async db =>
        {
            var author = await db.Members.SingleAsync(m => m.ChatId == "37120000001");
            db.Ideas.Add(Domain.Ideas.Idea.Submit(author, "Soliņi pie Daugavas", "Vairāk soliņu.", "public-space", null, "k1", clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        clock.Advance(TimeSpan.FromDays(2));
        var boss = await OnboardAsync(Boss, "lv", "Coordinator");

        await boss.Picks("mod:ok:1");
        await Bot.OutboxDrainedAsync();

        var news = await anna.NextAsync(c => c.Type == "template");
        Assert.Equal("genycity_idea_lv", news.TemplateName);
        Assert.Equal("#1 Soliņi pie Daugavas", news.TemplateParameters[0]);
        Assert.Contains("Soliņi pie Daugavas", news.TemplateParameters[1], StringComparison.Ordinal);
        Assert.Empty(anna.Unseen());
    }

    [Fact]
    public async Task TheDailyLimit_HoldsAcrossARestart_AndSomeoneReachedTodayStillGetsTheirTemplates()
    {
        await RestartBotAsync(
            "--WhatsApp:Templates:announcement:lv:Name=genycity_news_lv", "--WhatsApp:Templates:announcement:lv:Parameters:0=text", "--WhatsApp:BusinessInitiatedPerDay=1");
        var anna = await OnboardAsync("37120000001", "lv");
        var bob = await OnboardAsync("37120000002", "lv", "Bob");
        clock.Advance(TimeSpan.FromDays(2));
        await AnnounceAsync("Pirmais");
        Assert.Single(Cloud.Messages, c => c.Type == "template");
        var reached = Cloud.Messages.Single(c => c.Type == "template").To;

        await RestartBotAsync(
            "--WhatsApp:Templates:announcement:lv:Name=genycity_news_lv", "--WhatsApp:Templates:announcement:lv:Parameters:0=text", "--WhatsApp:BusinessInitiatedPerDay=1");
        await AnnounceAsync("Otrais");

        // The one reached yesterday-within-24-hours gets the second too; the other is still over the limit.
        Assert.Equal([reached, reached], Cloud.Messages.Where(c => c.Type == "template").Select(c => c.To));
        Assert.Contains(new[] { anna.WaId, bob.WaId }, id => id == reached);
    }

    [Fact]
    public async Task APollWithFiveAnswers_ComesAsAList_AndAPickedRowIsTheVote()
    {
        // Vera has not written for two days: a poll has no template, so she will not get it, and the preview says so.
        var vera = await OnboardAsync("37120000003", "ru", "Вера");
        clock.Advance(TimeSpan.FromDays(2));
        var boss = await OnboardAsync(Boss, "lv", "Coordinator");
        var anna = await OnboardAsync("37120000001", "ru", "Анна");

        await boss.Says("/newpoll");
        await boss.NextAsync(c => (c.Text ?? "").StartsWith("🗳", StringComparison.Ordinal));
        await boss.Says("Kur likt jaunos soliņus?");
        await boss.NextAsync();
        await boss.Says("Parkā\nPie upes\nVecpilsētā\nPie skolas\nStacijā");
        await boss.NextAsync(c => c.Payloads.Contains("newpoll:to:all"));
        await boss.Taps("newpoll:to:all");
        await boss.NextAsync(c => c.Payloads.Contains("newpoll:days:3"));
        await boss.Picks("newpoll:days:3");
        var preview = await boss.NextAsync(c => c.Payloads.Any(p => p.StartsWith("newpoll:send:", StringComparison.Ordinal)));
        Assert.EndsWith(Markup.ToPlainText(Domain.Texts.Phrasebook.For(Language.Lv).AnnounceWindowSkipped(1)), preview.Text, StringComparison.Ordinal);
        await boss.Taps(preview.Payloads.Single(p => p.StartsWith("newpoll:send:", StringComparison.Ordinal)));

        var poll = await anna.NextAsync(c => c.Payloads.Contains("poll:vote:1:4"));
        Assert.Equal("list", poll.InteractiveType);
        Assert.Contains("Kur likt jaunos soliņus?", poll.Text, StringComparison.Ordinal);
        await anna.Picks("poll:vote:1:4");
        await anna.SentinelAsync();

        Assert.Equal([4], await Bot.InScopeAsync(db => db.PollVotes.Select(v => v.Option).ToListAsync()));
        await Bot.OutboxDrainedAsync();
        Assert.Empty(vera.Unseen());
    }

    [Fact]
    public async Task ABudgetBallot_IsChosenFromTheList_AndCast()
    {
        var anna = await OnboardAsync("37120000001", "lv");
        var budgetId = await Bot.InScopeAsync(async db =>
        {
            var budget = Domain.Budgets.Budget.Create(
                new Domain.Budgets.BudgetFields(
                    new Domain.LocalizedText { Lv = "Jauniešu budžets 2027", En = "Youth budget 2027" },
                    new Domain.LocalizedText { Lv = "Izvēlies, ko pilsēta dara nākamgad." },
                    50_000, clock.GetUtcNow().AddHours(-1), clock.GetUtcNow().AddDays(3), Domain.Budgets.BudgetRuleKind.Knapsack, 60, 4),
                null,
                clock.GetUtcNow().AddDays(-1));
            db.Add(budget);
            await db.SaveChangesAsync();
            string[] titles = ["Skeitparks", "Veloceliņš", "Ielu māksla", "Jauniešu centrs", "Soliņi"];
            long[] costs = [20_000, 15_000, 5_000, 30_000, 3_000];
            for (var i = 0; i < titles.Length; i++)
            {
                db.Add(Domain.Budgets.BudgetProject.Create(budget.Id, new Domain.Budgets.ProjectFields(new Domain.LocalizedText { Lv = titles[i] }, new Domain.LocalizedText { Lv = $"Projekts {titles[i]}." }, costs[i], null), null, clock.GetUtcNow()));
            }

            await db.SaveChangesAsync();
            return budget.Id;
        });

        await anna.Says("/budget");
        var card = await anna.NextAsync(c => c.Payloads.Contains($"bg:a:{budgetId}:1:1"));
        Assert.Equal("list", card.InteractiveType);
        await anna.Picks($"bg:a:{budgetId}:4:1");
        await anna.NextAsync(c => c.Payloads.Contains($"bg:a:{budgetId}:2:1"));
        await anna.Picks($"bg:a:{budgetId}:2:1");
        await anna.NextAsync(c => c.Payloads.Contains($"bg:v:{budgetId}:1"));
        await anna.Picks($"bg:v:{budgetId}:1");
        Assert.StartsWith("✅", (await anna.NextAsync(c => c.Text?.StartsWith('✅') == true)).Text, StringComparison.Ordinal);

        var ballot = await Bot.InScopeAsync(db => db.Set<Domain.Budgets.BudgetBallot>().SingleAsync());
        Assert.Equal(Domain.Budgets.BallotStatus.Cast, ballot.Status);
        Assert.Equal([2L, 4L], await Bot.InScopeAsync(db => db.Set<Domain.Budgets.BudgetBallotLine>().Select(l => l.ProjectId).OrderBy(p => p).ToListAsync()));
    }

    private async Task AnnounceAsync(string text)
    {
        await Bot.InScopeAsync(async db =>
        {
            db.Broadcasts.Add(Announcements.ToSubscribers(text, clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        await Bot.OutboxDrainedAsync();
    }

    [Fact]
    public async Task AFailedStatus_IsRecordedAgainstTheMessage_AndAnUndeliverableNumberMarksThePersonUnreachable()
    {
        var anna = await OnboardAsync("37120000001", "en");
        var bob = await OnboardAsync("37120000002", "en", "Bob");
        await anna.Says("/help");
        var help = await anna.NextAsync();
        await bob.Says("/help");
        var bobsHelp = await bob.NextAsync();
        await Bot.OutboxDrainedAsync();

        await anna.Failed(help.MessageId!, 131047, "Re-engagement message");
        await bob.Failed(bobsHelp.MessageId!, 131026, "Message undeliverable");
        // Reported again, as Meta may: nothing changes twice. A status about an id nothing knows is let go (200).
        await bob.Failed(bobsHelp.MessageId!, 131026, "Message undeliverable");
        await bob.Failed("wamid.sent-by-another-app", 131026, "Message undeliverable");

        var rows = await Bot.InScopeAsync(db => db.Deliveries.Where(d => d.SentMessageId == help.MessageId || d.SentMessageId == bobsHelp.MessageId).ToDictionaryAsync(d => d.ChatId));
        Assert.Equal((Delivery.DeliveryStatus.Failed, "131047 Re-engagement message"), (rows["37120000001"].Status, rows["37120000001"].LastError));
        Assert.Equal((Delivery.DeliveryStatus.Unreachable, "131026 Message undeliverable"), (rows["37120000002"].Status, rows["37120000002"].LastError));
        var members = await Bot.InScopeAsync(db => db.Members.ToDictionaryAsync(m => m.ChatId));
        Assert.True(members["37120000001"].IsReachable);
        Assert.False(members["37120000002"].IsReachable);
    }

    [Fact]
    public async Task MetasRateErrors_HoldTheSendBack_AndTheMessageGoesAfterwards()
    {
        var anna = await OnboardAsync("37120000001", "en");
        var refusals = new[]
        {
            FakeCloudApi.Error(400, 131056, "(#131056) (Business Account, Consumer Account) pair rate limit hit"),
            FakeCloudApi.Error(400, 130429, "(#130429) Rate limit hit"),
        };
        var refused = 0;
        Cloud.Intercept = call => call.To == "37120000001" && call.Type != null && Interlocked.Increment(ref refused) is var n && n <= refusals.Length
            ? refusals[n - 1]
            : null;

        await anna.Says("/help");
        await Bot.OutboxDrainedAsync();

        // The same message three times: refused twice, then taken.
        var tries = anna.Unseen();
        Assert.Equal(3, tries.Count);
        Assert.Single(tries.Select(c => c.Text).Distinct());
        var row = await Bot.InScopeAsync(db => db.Deliveries.OrderBy(d => d.Id).LastAsync(d => d.ChatId == "37120000001"));
        // Held back, not failed: the third try went, and each refusal was a wait, not an attempt used up.
        Assert.Equal((Delivery.DeliveryStatus.Sent, 1), (row.Status, row.Attempts));
        Assert.Contains(Bot.Logs.Lines, line => line.Contains("WhatsApp asked to slow down: the number's throughput", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APhotoMetaCannotGiveNow_IsAnswered503_AndTakenWhenTheCallComesAgain_AndAStrangersPhotoIsNeverFetched()
    {
        var stranger = new WhatsAppUser(Cloud, WebhookUrl, "37120000009");
        Cloud.AddMedia("1468000000000009", TestImages.Picture(64, 48));
        await stranger.SendsPhoto("1468000000000009");
        Assert.Equal(0, Cloud.Downloads);
        Assert.Empty(await Bot.InScopeAsync(db => db.DashboardUploads.ToListAsync()));

        var anna = await OnboardAsync("37120000001", "lv");
        await anna.Says("/idea");
        await anna.NextAsync();
        await anna.Says("Skeitparks");
        await anna.NextAsync();
        await anna.Says("Pie upes, betona.");
        await anna.NextAsync(c => c.Payloads.Contains("idea:theme:sport"));
        await anna.Picks("idea:theme:sport");
        await anna.NextAsync(c => c.Payloads.Contains("idea:skip"));
        Cloud.AddMedia("1468000000000001", TestImages.Picture(640, 480));
        var failing = true;
        var photo = WhatsAppUser.Body(anna.Message("image", new JsonObject { ["image"] = new JsonObject { ["id"] = "1468000000000001", ["mime_type"] = "image/jpeg" } })).ToJsonString();
        Cloud.Unavailable = () => failing;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await WhatsAppUser.PostRawAsync(WebhookUrl, photo, WhatsAppUser.Sign(photo))).StatusCode);
        failing = false;
        Assert.Equal(HttpStatusCode.OK, (await WhatsAppUser.PostRawAsync(WebhookUrl, photo, WhatsAppUser.Sign(photo))).StatusCode);

        await anna.NextAsync(c => c.Text?.StartsWith("📍", StringComparison.Ordinal) == true);
        // Delivered once more by Meta: recognised as handled, and not fetched again.
        Assert.Equal(HttpStatusCode.OK, (await WhatsAppUser.PostRawAsync(WebhookUrl, photo, WhatsAppUser.Sign(photo))).StatusCode);
        await anna.ExpectSilenceAsync();
        Assert.Equal(1, Cloud.Downloads);
        Assert.Single(await Bot.InScopeAsync(db => db.DashboardUploads.ToListAsync()));
    }

    [Fact]
    public async Task AFailedStatus_ThatComesBeforeItsSendIsRecorded_IsAnswered503_AndTakenWhenItComesAgain()
    {
        var anna = await OnboardAsync("37120000001", "en");
        await Bot.OutboxDrainedAsync();
        // A message to Anna on its way: sent, but its result not yet written (the row is still Sending).
        var id = await Bot.InScopeAsync(async db =>
        {
            var row = Delivery.OutboxRow.Create(new OutboundMessage(new Recipient(ChannelKind.WhatsApp, "37120000001"), "…"), clock.GetUtcNow());
            row.Claim();
            db.Deliveries.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });

        var early = await anna.FailedRawAsync("wamid.late", 131026, "Message undeliverable");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);

        await Bot.InScopeAsync(async db =>
        {
            (await db.Deliveries.SingleAsync(d => d.Id == id)).MarkSent("wamid.late", clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        await anna.Failed("wamid.late", 131026, "Message undeliverable");

        Assert.Equal(Delivery.DeliveryStatus.Unreachable, (await Bot.InScopeAsync(db => db.Deliveries.SingleAsync(d => d.Id == id))).Status);
        Assert.False((await Bot.InScopeAsync(db => db.Members.SingleAsync(m => m.ChatId == "37120000001"))).IsReachable);
    }

    [Fact]
    public async Task AnEventAnswer_TheCalendarFileAsADocument_AndMyDataAndForgetMe()
    {
        var anna = await OnboardAsync("37120000001", "ru", "Анна");
        await Bot.InScopeAsync(async db =>
        {
            var host = await db.Members.SingleAsync(m => m.ChatId == "37120000001");
            db.Events.Add(Domain.Events.CityEvent.Publish("Молодёжный совет", clock.GetUtcNow().AddDays(2), "Vienības iela 1", "Планы на лето.", null, host, clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        await anna.Says("/events");
        var card = await anna.NextAsync(c => c.Payloads.Contains("rsvp:go:1"));
        Assert.Contains("Молодёжный совет", card.Text, StringComparison.Ordinal);
        await anna.Picks("rsvp:go:1");
        await anna.SentinelAsync();
        Assert.True(await Bot.InScopeAsync(db => db.Rsvps.AnyAsync(r => r.EventId == 1 && r.Answer == Domain.Events.RsvpAnswer.Going)));

        await anna.Picks("cal:1");
        var calendar = await anna.NextAsync(c => c.Type == "document");
        var upload = Cloud.Calls.Single(c => c.Path.EndsWith("/media", StringComparison.Ordinal));
        Assert.Equal((upload.FileName, "text/plain", "whatsapp"), (calendar.DocumentName, upload.FileType, upload.Json["messaging_product"]!.GetValue<string>()));
        Assert.EndsWith(".ics", calendar.DocumentName, StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR", Encoding.UTF8.GetString(upload.File!), StringComparison.Ordinal);
        Assert.Equal($"upload{upload.Sequence}", calendar.DocumentId);

        await anna.Says("/mydata");
        var data = await anna.NextAsync(c => c.Type == "document");
        Assert.EndsWith(".json", data.DocumentName, StringComparison.Ordinal);
        // An idea of hers waiting for moderation, with a photo she sent on WhatsApp: the photo goes with her.
        var key = await Bot.InScopeAsync(async db =>
        {
            await using var scope = Bot.Services.CreateAsyncScope();
            var photoKey = await scope.ServiceProvider.GetRequiredService<Dashboard.UploadedPhotos>().KeepAsync(TestImages.Picture(64, 48), CancellationToken.None);
            var author = await db.Members.SingleAsync(m => m.ChatId == "37120000001");
            db.Ideas.Add(Domain.Ideas.Idea.Submit(author, "Скейтпарк", "У реки.", "sport", Dashboard.DashboardUpload.Address(RunningBot.PublicUrl, photoKey!), "k1", clock.GetUtcNow()));
            await db.SaveChangesAsync();
            return photoKey!;
        });
        await anna.Says("/forgetme");
        var confirm = await anna.NextAsync(c => c.Payloads.Count > 0);
        await anna.Taps(confirm.Payloads[0]);
        await anna.NextAsync();
        await Bot.OutboxDrainedAsync();
        Assert.False(await Bot.InScopeAsync(db => db.Members.AnyAsync(m => m.ChatId == "37120000001" && m.Consent == ConsentStatus.Given)));
        Assert.False(await Bot.InScopeAsync(db => db.DashboardUploads.AnyAsync(u => u.Key == key)));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync(new Uri($"{Bot.BaseUrl}/dashboard/media/{key}"))).StatusCode);
    }

    private async Task<WhatsAppUser> OnboardAsync(string waId, string language, string name = "Anna")
    {
        var user = new WhatsAppUser(Cloud, WebhookUrl, waId, name);
        await user.Says("/start");
        await user.NextAsync();
        await user.Taps($"lang:{language}");
        await user.NextAsync(c => c.Payloads.Contains("consent:yes"));
        await user.Taps("consent:yes");
        await user.NextAsync(c => c.Payloads.Contains("/idea"));
        return user;
    }
}
