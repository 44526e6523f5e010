using System.Collections.Concurrent;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;
using GenYCity.Bot.Host.Digest;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The weekly digest through the real host with a fake clock: due Monday 30 November 2026 at 10:00 in
/// Riga (08:00 UTC), covering 23–29 November. The bot starts on Sunday; its start-up catch-up records
/// the previous Monday's period (nothing new then) before the week is seeded.
/// </summary>
public abstract class DigestOverTelegramSuite : BotTest
{
    private static readonly DateTimeOffset Sunday = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 30, 8, 0, 30, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Sunday);
    private readonly RecordingSender messenger = new();
    private TelegramUser coordinator = null!;
    private TelegramUser latvian = null!;
    private TelegramUser russian = null!;
    private TelegramUser english = null!;
    private long skatepark;

    protected override IEnumerable<string> Settings => ["--Bot:Coordinators:0=telegram:777", "--Digest:Cron=0 0 10 ? * MON"];

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IChannelSender>(messenger);
    }

    protected override async Task ArrangeAsync()
    {
        coordinator = new TelegramUser(Api, 777, languageCode: "lv");
        latvian = new TelegramUser(Api, 2001, languageCode: "lv");
        russian = new TelegramUser(Api, 2002, languageCode: "ru");
        english = new TelegramUser(Api, 2003, languageCode: "en");
        // The catch-up the bot runs at start: last week had no news.
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.DigestIssues.AnyAsync(d => d.Key == "2026-11-23" && !d.HadNews)));
        await SeedMembersAsync();
    }

    [Fact]
    public async Task TheDigest_GoesOnceToEachSubscriber_InTheirLanguage_EvenWhenTheJobFiresTwice()
    {
        await SeedWeekAsync();
        clock.SetUtcNow(MondayTen);

        await Bot.TriggerJobAsync(WeeklyDigestJob.Key);
        await Bot.TriggerJobAsync(WeeklyDigestJob.Key);

        var lv = await latvian.NextAsync();
        Assert.StartsWith("🗞 <b>Nedēļas apskats</b> · 23.11.–29.11.\n\n💡 <b>Jaunas idejas, ko vari atbalstīt</b>\n#1 Skeitparks pie Daugavas · 👍 2", lv.Text, StringComparison.Ordinal);
        Assert.Contains("#2 Velo novietnes → tiek īstenota\n   💬 Pasūtītas 20 novietnes", lv.Text, StringComparison.Ordinal);
        Assert.Contains("• Jauniešu dome · trešdien, 2. decembrī, plkst. 18:00 (pēc 2 dienām)", lv.Text, StringComparison.Ordinal);
        Assert.EndsWith("📊 Nedēļas laikā: 2 jaunas idejas · 2 atbalsta balsis · 3 dalībnieki", lv.Text, StringComparison.Ordinal);
        Assert.Equal(["dg:i:1", "dg:e:1"], lv.Payloads);
        Assert.EndsWith("📊 За неделю: 2 новые идеи · 2 голоса поддержки · 3 участника", (await russian.NextAsync()).Text, StringComparison.Ordinal);
        Assert.EndsWith("📊 The past week: 2 new ideas · 2 votes of support · 3 people taking part", (await english.NextAsync()).Text, StringComparison.Ordinal);

        // Messenger: the member who wrote within 24 hours gets it; the other is skipped and counted.
        await WaitUntilAsync(() => Task.FromResult(messenger.Sent.Count == 1));
        Assert.Equal("inside", messenger.Sent.Single().To.ChatId);
        await WaitUntilAsync(async () => await Bot.InScopeAsync(db => db.Broadcasts.AllAsync(b => b.Status == GenYCity.Bot.Domain.Broadcasts.BroadcastStatus.Done)));
        coordinator.Says("/stats");
        var stats = await coordinator.NextAsync(c => c.Text?.StartsWith("📊", StringComparison.Ordinal) == true);
        Assert.Matches(@"#\d+ nedēļas apskats, .+: rindā 6 · nosūtīti 5 · nesasniedzami 0 · neizdevās 0 · izlaisti 1", stats.Text);

        await Bot.OutboxDrainedAsync();
        latvian.ExpectNoNewMessages();
        Assert.Single(messenger.Sent);
        Assert.Equal(1, await Bot.InScopeAsync(db => db.DigestIssues.CountAsync(d => d.Key == "2026-11-30")));
    }

    [Fact]
    public async Task AMondayMissedWhileTheBotWasDown_IsCaughtUpOnce_AtTheNextStarts()
    {
        await SeedWeekAsync();
        await StopBotAsync();
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

        await StartBotAsync();
        Assert.StartsWith("🗞 <b>Nedēļas apskats</b> · 23.11.–29.11.", (await latvian.NextAsync()).Text, StringComparison.Ordinal);

        await StopBotAsync();
        clock.Advance(TimeSpan.FromHours(2));
        await StartBotAsync();
        // The catch-up the bot runs at start has run, and what it wrote (nothing, the period is recorded) has gone.
        await Bot.Jobs.WaitForRunAsync(WeeklyDigestJob.Key);
        await Bot.OutboxDrainedAsync();
        latvian.ExpectNoNewMessages();
        Assert.Equal(1, await Bot.InScopeAsync(db => db.DigestIssues.CountAsync(d => d.Key == "2026-11-30")));
    }

    [Fact]
    public async Task AWeekWithNothingNew_SendsNoDigestToAnyone()
    {
        clock.SetUtcNow(MondayTen);

        await Bot.TriggerJobAsync(WeeklyDigestJob.Key);

        Assert.False((await Bot.InScopeAsync(db => db.DigestIssues.SingleAsync(d => d.Key == "2026-11-30"))).HadNews);
        await Bot.OutboxDrainedAsync();
        latvian.ExpectNoNewMessages();
        Assert.Empty(messenger.Sent);
        Assert.Equal(0, await Bot.InScopeAsync(db => db.Broadcasts.CountAsync()));
    }

    [Fact]
    public async Task Digest_ShowsThisWeekOnDemand_AsAPreviewForCoordinators_AndItsButtonsOpenTheIdea()
    {
        await SeedWeekAsync();

        // Tonight's concert is over by Monday's send: on demand it is shown, in the preview it is not.
        await Bot.InScopeAsync(async db =>
        {
            var boss = await db.Members.SingleAsync(m => m.ChatId == coordinator.ChatId);
            db.Events.Add(CityEvent.Publish("Koncerts šovakar", new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero), "Parks", "Mūzika.", null, boss, Sunday));
            return await db.SaveChangesAsync();
        });

        russian.Says("/digest");
        var digest = await russian.NextAsync();
        Assert.StartsWith("🗞 <b>Дайджест недели</b> · 22 нояб.–29 нояб.", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Koncerts šovakar", digest.Text, StringComparison.Ordinal);

        coordinator.Says("/digest");
        var preview = await coordinator.NextAsync();
        Assert.StartsWith("👀 Priekšskatījums: nākamais apskats, kāds tas ir pašlaik; abonenti to saņems ar visu, kas notiks līdz tam. Nosūtīšanas laiks: 30. novembrī plkst. 10:00.", preview.Text, StringComparison.Ordinal);
        Assert.Contains("🗞 <b>Nedēļas apskats</b> · 23.11.–29.11.", preview.Text, StringComparison.Ordinal);
        Assert.Contains("• Jauniešu dome · trešdien, 2. decembrī, plkst. 18:00 (pēc 2 dienām)", preview.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Koncerts šovakar", preview.Text, StringComparison.Ordinal);

        russian.Presses($"dg:i:{skatepark}");
        var card = await russian.NextAsync();
        Assert.Contains("Skeitparks pie Daugavas", card.Text, StringComparison.Ordinal);
        Assert.Contains($"vote:up:{skatepark}", card.Payloads);
    }

    private Task<int> SeedMembersAsync() => Bot.InScopeAsync(async db =>
    {
        foreach (var (user, language) in new[] { (coordinator, Language.Lv), (latvian, Language.Lv), (russian, Language.Ru), (english, Language.En) })
        {
            var member = new Member(ChannelKind.Telegram, user.ChatId, user.ChatId, language, Sunday.AddDays(-30));
            member.GiveConsent(Sunday.AddDays(-30));
            db.Members.Add(member);
        }

        // Messenger: one wrote on Sunday (inside the window on Monday), one three days before.
        foreach (var (id, wrote) in new[] { ("inside", Sunday), ("outside", Sunday.AddDays(-3)) })
        {
            var member = new Member(ChannelKind.Messenger, id, id, Language.Lv, wrote);
            member.GiveConsent(wrote);
            db.Members.Add(member);
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>
    /// The week of 23–29 November: a skatepark idea submitted and approved, supported twice; a bike-stand
    /// idea (approved long ago) moved to In progress with a comment; one idea still waiting; one event ahead.
    /// </summary>
    private Task<int> SeedWeekAsync() => Bot.InScopeAsync(async db =>
    {
        var members = await db.Members.Where(m => m.Channel == ChannelKind.Telegram).ToDictionaryAsync(m => m.ChatId);
        var (lv, ru, en, boss) = (members[latvian.ChatId], members[russian.ChatId], members[english.ChatId], members[coordinator.ChatId]);
        var day = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

        var park = Idea.Submit(lv, "Skeitparks pie Daugavas", "Vieta, kur braukt.", "sport", null, "k1", day.AddDays(1));
        park.MoveTo(IdeaStatus.Approved, null, boss.Id, day.AddDays(2));
        db.Ideas.Add(park);
        var stands = Idea.Submit(en, "Velo novietnes", "Pie skolām.", "mobility", null, "k2", day.AddDays(-20));
        stands.MoveTo(IdeaStatus.Approved, null, boss.Id, day.AddDays(-18));
        db.Ideas.Add(stands);
        await db.SaveChangesAsync();
        stands.MoveTo(IdeaStatus.InProgress, "Pasūtītas 20 novietnes", boss.Id, day.AddDays(4));
        var waiting = Idea.Submit(ru, "Kino zem klajas debess", "Vasarā.", "culture", null, "k3", day.AddDays(5));
        db.Ideas.Add(waiting);
        foreach (var supporter in new[] { ru, en })
        {
            db.IdeaSupports.Add(new IdeaSupport(park.Id, supporter.Id, day.AddDays(3)));
            park.AddSupport();
        }

        db.Events.Add(CityEvent.Publish("Jauniešu dome", new DateTimeOffset(2026, 12, 2, 16, 0, 0, TimeSpan.Zero), "Vienības iela 1", "Plānojam.", null, boss, day));
        await db.SaveChangesAsync();
        skatepark = park.Id;
        return 0;
    });


    /// <summary>A Messenger channel that records what it is asked to send.</summary>
    private sealed class RecordingSender : IChannelSender
    {
        public ConcurrentQueue<OutboundMessage> Sent { get; } = new();

        public ChannelKind Channel => ChannelKind.Messenger;

        public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
        {
            Sent.Enqueue(message);
            return Task.FromResult<SendResult>(new SendResult.Sent($"m{Sent.Count}"));
        }
    }
}

/// <summary>The suite on a SQLite file.</summary>
public sealed class DigestOverTelegramTests : DigestOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>The suite on PostgreSQL.</summary>
public sealed class DigestOverTelegramOnPostgresTests : DigestOverTelegramSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
