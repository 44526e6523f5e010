using System.Text;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;
using GenYCity.Bot.Host.Events;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Events end to end over the Bot API, with a fake clock: a coordinator publishes, subscribers in three
/// languages get it, answers are counted, the Quartz job reminds exactly once, edits re-arm reminders.
/// The event starts 2026-11-25 18:00 Riga time (16:00 UTC); "now" starts at 2026-11-23 10:00 UTC.
/// </summary>
public abstract class EventsOverTelegramSuite : BotTest
{
    private static readonly DateTimeOffset StartsAt = new(2026, 11, 25, 16, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private TelegramUser coordinator = null!;
    private TelegramUser latvian = null!;
    private TelegramUser russian = null!;
    private TelegramUser english = null!;

    protected override bool UsesGraph => true;

    // The Page is posted to; people do not chat on Messenger here.
    protected override IEnumerable<string> Settings =>
    [
        "--Bot:Coordinators:0=telegram:777",
        "--Telegram:AnnouncementChannel=@genycity_news",
        $"--Messenger:PageAccessToken={TestSecrets.PageToken}",
        "--Messenger:PageId=424242",
        $"--Messenger:GraphApiBaseUrl={Graph.BaseUrl}",
    ];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    protected override async Task ArrangeAsync()
    {
        coordinator = new TelegramUser(Api, 777, languageCode: "lv");
        latvian = new TelegramUser(Api, 2001, languageCode: "lv", firstName: "Līga", lastName: "Bērziņa", username: "liga_b");
        russian = new TelegramUser(Api, 2002, languageCode: "ru", firstName: "Борис");
        english = new TelegramUser(Api, 2003, languageCode: "en");
        foreach (var (user, language) in new[] { (coordinator, "lv"), (latvian, "lv"), (russian, "ru"), (english, "en") })
        {
            await user.OnboardAsync(language);
        }
    }

    [Fact]
    public async Task APublishedEvent_ReachesSubscribersInTheirLanguage_AndIsPostedToTheChannelAndThePage()
    {
        await PublishAsync();

        Assert.StartsWith("📅 <b>Jauniešu dome</b>\n🕒 Trešdien, 25. novembrī, plkst. 18:00 (pēc 2 dienām)", (await latvian.NextAsync()).Text, StringComparison.Ordinal);
        var ru = await russian.NextAsync();
        Assert.StartsWith("📅 <b>Jauniešu dome</b>\n🕒 Среда, 25 ноября, 18:00 (через 2 дня)", ru.Text, StringComparison.Ordinal);
        Assert.Equal(["✅ Приду", "🤔 Возможно", "❌ Не приду", "🗓 В календарь"], ru.Labels);
        Assert.StartsWith("📅 <b>Jauniešu dome</b>\n🕒 Wednesday, 25 November, 18:00 (in 2 days)", (await english.NextAsync()).Text, StringComparison.Ordinal);

        var channel = await Api.WaitForCallAsync(c => c.ChatId == "@genycity_news");
        var link = channel.Body["reply_markup"]!["inline_keyboard"]![0]![0]!;
        Assert.Equal("https://t.me/genycity_test_bot?start=event_1", link["url"]!.GetValue<string>());
        await WaitUntilAsync(() => Graph.Calls.Count > 0);
        var post = Assert.Single(Graph.Calls);
        Assert.Equal("/v21.0/424242/feed", post.Path);
        Assert.StartsWith("📅 Jauniešu dome\n🕒 Trešdien, 25. novembrī, plkst. 18:00", post.Form["message"], StringComparison.Ordinal);
        Assert.Equal("page-token-for-tests", post.Form["access_token"]);
    }

    [Fact]
    public async Task Answers_AreCounted_AndCoordinatorsSeeTheCounts()
    {
        await PublishAsync();
        await AnswerAsync(latvian, "go");
        await AnswerAsync(russian, "maybe");
        await AnswerAsync(english, "no");

        coordinator.Says("/events");

        var card = await coordinator.NextAsync();
        Assert.EndsWith("✅ 1 · 🤔 1 · ❌ 1 · ⏳ 0", card.Text, StringComparison.Ordinal);
        Assert.Contains("ev:edit:1", card.Payloads);
    }

    [Fact]
    public async Task CoordinatorsSee_WhoIsComing_ByTheirTelegramNames()
    {
        await PublishAsync();
        await AnswerAsync(latvian, "go");
        await AnswerAsync(russian, "maybe");

        coordinator.Says("/events");
        await coordinator.NextAsync(c => c.Payloads.Contains("ev:who:1"));
        coordinator.Presses("ev:who:1");

        var list = await coordinator.NextAsync();
        Assert.Equal("<b>👥 Kas nāks uz „Jauniešu dome”</b>\n\n✅ Nāks: 1\n1. Līga Bērziņa (@liga_b)\n\n🤔 Varbūt: 1\n1. Борис", list.Text);
        var stored = await Bot.InScopeAsync(db => db.Members.Where(m => m.DisplayName != null).Select(m => m.DisplayName).ToListAsync());
        Assert.Contains("Līga Bērziņa (@liga_b)", stored);
    }

    [Fact]
    public async Task Reminders_GoOnceADayAndAnHourBefore_WhenTheJobFiresTwice_AndAcrossARestart()
    {
        await PublishAsync();
        await AnswerAsync(latvian, "go");
        await AnswerAsync(russian, "maybe");
        await AnswerAsync(english, "no");

        clock.SetUtcNow(StartsAt - TimeSpan.FromHours(23));
        await Bot.TriggerJobAsync(EventReminderJob.Key);
        await Bot.TriggerJobAsync(EventReminderJob.Key);
        Assert.StartsWith("⏰ Atgādinājums: <b>Jauniešu dome</b> sākas rīt plkst. 18:00.", (await latvian.NextAsync()).Text, StringComparison.Ordinal);
        Assert.StartsWith("⏰ Напоминание: <b>Jauniešu dome</b> начинается завтра в 18:00.", (await russian.NextAsync()).Text, StringComparison.Ordinal);

        await RestartBotAsync();
        await Bot.TriggerJobAsync(EventReminderJob.Key);
        Assert.Equal(2, await Bot.InScopeAsync(db => db.EventReminders.CountAsync()));

        clock.SetUtcNow(StartsAt - TimeSpan.FromMinutes(50));
        await Bot.TriggerJobAsync(EventReminderJob.Key);
        await Bot.TriggerJobAsync(EventReminderJob.Key);
        Assert.StartsWith("⏰ Atgādinājums: <b>Jauniešu dome</b> sākas pēc 50 minūtēm.", (await latvian.NextAsync()).Text, StringComparison.Ordinal);

        // The ticks have run (TriggerJobAsync waits for each); what they wrote has gone once the outbox is drained.
        await Bot.OutboxDrainedAsync();
        latvian.ExpectNoNewMessages();
        russian.ExpectNoNewMessages();
        english.ExpectNoNewMessages();
        Assert.Equal(3, await Bot.InScopeAsync(db => db.EventReminders.CountAsync()));
    }

    [Fact]
    public async Task EditingTheTime_TellsThePeopleComing_AndTheRemindersComeAgainForTheNewTime()
    {
        await PublishAsync();
        await AnswerAsync(latvian, "go");
        await russian.NextAsync();
        clock.SetUtcNow(StartsAt - TimeSpan.FromHours(23));
        await Bot.TriggerJobAsync(EventReminderJob.Key);
        await latvian.NextAsync();

        coordinator.Says("/events");
        await coordinator.NextAsync();
        coordinator.Presses("ev:edit:1");
        await coordinator.NextAsync(c => c.Payloads.Contains("event:edit:start"));
        coordinator.Presses("event:edit:start");
        await coordinator.NextAsync();
        await coordinator.NextAsync();
        coordinator.Says("26.11.2026 19:00");
        var preview = await coordinator.NextAsync();
        coordinator.Presses(preview.Payloads[0]);

        var notice = await latvian.NextAsync();
        Assert.StartsWith("✏️ Pasākumā, uz kuru atbildēji, ir izmaiņas:\n• Laiks: trešdien, 25. novembrī, plkst. 18:00 → ceturtdien, 26. novembrī, plkst. 19:00\n\n📅 <b>Jauniešu dome</b>\n🕒 Ceturtdien, 26. novembrī, plkst. 19:00", notice.Text, StringComparison.Ordinal);
        // The notices were written with the change, in one commit: drained, they have all gone.
        await Bot.OutboxDrainedAsync();
        russian.ExpectNoNewMessages();

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero) - TimeSpan.FromHours(23));
        await Bot.TriggerJobAsync(EventReminderJob.Key);
        Assert.StartsWith("⏰ Atgādinājums: <b>Jauniešu dome</b> sākas rīt plkst. 19:00.", (await latvian.NextAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Announce_ReportsProgress_AndAFinalReportWithTheUnreachable()
    {
        Api.Intercept = call => call.ChatId == english.ChatId && call.Method == "sendMessage"
            ? FakeBotApi.Error(403, "Forbidden: bot was blocked by the user")
            : null;
        // One send is answered only once progress was reported, so the broadcast is still running when progress is due.
        var progressSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Api.Script(russian.ChatId, FakeBotApi.AnswerWhen(progressSeen.Task));
        coordinator.Says("/announce");
        await coordinator.NextAsync();
        coordinator.Says("Baseins piektdien bez maksas!");
        await coordinator.NextAsync();
        coordinator.Presses("announce:skip");
        await coordinator.NextAsync();
        var audience = await coordinator.NextAsync();
        Assert.Equal("Abonentiem (4)", audience.Labels[0]);
        coordinator.Presses("announce:to:all");
        await coordinator.NextAsync();
        var preview = await coordinator.NextAsync();
        coordinator.Presses(preview.Payloads[0]);
        await Api.WaitForCallAsync(c => c.ChatId == coordinator.ChatId && c.Text?.StartsWith("📣 Sūtu: nosūtīti", StringComparison.Ordinal) == true);
        progressSeen.SetResult();

        var final = await Api.WaitForCallAsync(c => c.ChatId == coordinator.ChatId && c.Text?.StartsWith("✅ Pabeigts", StringComparison.Ordinal) == true);
        Assert.Equal("✅ Pabeigts: nosūtīti 3 · nesasniedzami 1 · neizdevās 0 · izlaisti 0", final.Text);
        Assert.Contains(Api.Calls, c => c.ChatId == coordinator.ChatId && c.Text?.StartsWith("📣 Sūtu: nosūtīti", StringComparison.Ordinal) == true);
        Assert.Equal("Baseins piektdien bez maksas!", (await russian.NextAsync()).Text);
        Assert.False((await Bot.InScopeAsync(db => db.Members.SingleAsync(m => m.ExternalId == english.ChatId))).IsReachable);
        Assert.Contains(Api.Calls, c => c.ChatId == "@genycity_news" && c.Text == "Baseins piektdien bez maksas!");
    }

    [Fact]
    public async Task AddToCalendar_SendsAnIcsFile_ThatACalendarParserReads()
    {
        await PublishAsync(description: "Runāsim par vasaras festivālu; ņem līdzi draugus, idejas un labu garastāvokli! Обсудим летний фестиваль 🎉");
        await russian.NextAsync();

        russian.Presses("cal:1");

        var file = await russian.NextAsync();
        Assert.Equal("sendDocument", file.Method);
        var ics = Encoding.UTF8.GetString(Assert.Single(file.Files).Value);
        Assert.All(ics.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        var calendar = Calendar.Load(ics)!;
        var parsed = Assert.Single(calendar.Events);
        Assert.Equal("Jauniešu dome", parsed.Summary);
        Assert.Equal("Vienības iela 1, 5. telpa; Daugavpils", parsed.Location);
        Assert.Equal("Runāsim par vasaras festivālu; ņem līdzi draugus, idejas un labu garastāvokli! Обсудим летний фестиваль 🎉", parsed.Description);
        Assert.Equal(StartsAt.UtcDateTime, parsed.DtStart!.AsUtc);
        Assert.Equal(StartsAt.AddHours(2).UtcDateTime, parsed.DtEnd!.AsUtc);
        Assert.Equal("event-1@genycity.bot", parsed.Uid);
    }

    [Fact]
    public async Task AFailedPagePost_IsReportedToTheCoordinator_AndRetried_WhileMembersGetTheEvent()
    {
        var failures = 0;
        Graph.Intercept = _ => Interlocked.Increment(ref failures) == 1 ? FakeGraphApi.Error(500, 2, "An unexpected error has occurred.") : null;

        await PublishAsync();

        Assert.StartsWith("📅 <b>Jauniešu dome</b>", (await russian.NextAsync()).Text, StringComparison.Ordinal);
        var warning = await Api.WaitForCallAsync(c => c.ChatId == coordinator.ChatId && c.Text?.StartsWith("⚠️", StringComparison.Ordinal) == true);
        Assert.Equal("⚠️ Neizdevās publicēt Facebook lapā; mēģināšu vēlreiz. Iemesls: 500 An unexpected error has occurred.", warning.Text);
        clock.Advance(TimeSpan.FromMinutes(1));
        await WaitUntilAsync(() => Graph.Calls.Count == 2);
    }

    [Fact]
    public async Task AChannelPostRefusedWithAnErrorThatEchoesTheToken_IsReported_WithoutTheToken_AnywhereItGoes()
    {
        // A proxy or a local Bot API server answering with the address it could not serve: the token is in it.
        Api.Intercept = call => call.ChatId == "@genycity_news"
            ? FakeBotApi.Error(400, $"Bad Request: cannot POST /bot{FakeBotApi.Token}/sendMessage")
            : null;

        await PublishAsync();

        var warning = await Api.WaitForCallAsync(c => c.ChatId == coordinator.ChatId && c.Text?.StartsWith("⚠️", StringComparison.Ordinal) == true);
        Assert.Equal("⚠️ Neizdevās publicēt Telegram kanālā, un vairs nemēģināšu; lūdzu, publicē to manuāli. Iemesls: 400 Bad Request: cannot POST /bot[secret]/sendMessage", warning.Text);
        var stored = await Bot.InScopeAsync(db => db.Deliveries.SingleAsync(d => d.ChatId == "@genycity_news"));
        Assert.Equal("400 Bad Request: cannot POST /bot[secret]/sendMessage", stored.LastError);
        Assert.Contains(Bot.Logs.Lines, l => l.Contains("/bot[secret]/sendMessage", StringComparison.Ordinal));
        // The log, the database files and every message sent are searched for the token when the test ends.
    }

    private async Task PublishAsync(string description = "Plānosim vasaras festivālu.")
    {
        coordinator.Says("/newevent");
        await coordinator.NextAsync();
        coordinator.Says("Jauniešu dome");
        await coordinator.NextAsync();
        coordinator.Says("2026-11-25 18:00");
        await coordinator.NextAsync();
        coordinator.Says("Vienības iela 1, 5. telpa; Daugavpils");
        await coordinator.NextAsync();
        coordinator.Says(description);
        await coordinator.NextAsync();
        coordinator.Presses("event:nolimit");
        await coordinator.NextAsync();
        var preview = await coordinator.NextAsync();
        coordinator.Presses(preview.Payloads[0]);
        await coordinator.NextAsync();
        Assert.Equal("📣 Pasākums #1 ir publicēts un tiek sūtīts abonentiem.", (await coordinator.NextAsync()).Text);

        // The coordinator's own copy, then the report on the broadcast.
        await coordinator.NextAsync(c => c.Text?.StartsWith("✅ Pabeigts: nosūtīti 4", StringComparison.Ordinal) == true);
    }

    private static async Task AnswerAsync(TelegramUser user, string answer)
    {
        await user.NextAsync();
        user.Presses($"rsvp:{answer}:1");
        await user.NextAsync();
        await user.NextAsync();
    }

}

/// <summary>The suite on a SQLite file.</summary>
public sealed class EventsOverTelegramTests : EventsOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>The suite on PostgreSQL.</summary>
public sealed class EventsOverTelegramOnPostgresTests : EventsOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
