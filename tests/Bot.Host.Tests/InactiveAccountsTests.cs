using GenYCity.Bot.Host.Jobs;
using GenYCity.Bot.Host.Persistence;
using Microsoft.Extensions.DependencyInjection;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The retention limit for silent accounts (Privacy:InactiveMonths, 24 by default): a notice after two years of
/// silence, the erasure as by /forgetme a month later, nothing for those who wrote back or coordinate.
/// </summary>
public abstract class InactiveAccountsSuite : BotTest
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    protected override bool UsesGraph => true;

    // 778 is a coordinator by the settings who has never written (the stored role has not caught up).
    protected override IEnumerable<string> Settings => ["--Bot:Coordinators:0=telegram:777", "--Bot:Coordinators:1=telegram:778", .. MessengerChat];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    [Fact]
    public async Task ASilentAccount_IsToldOnce_ThenErasedAMonthLater_UnlessThePersonWritesBack()
    {
        var coordinator = await new TelegramUser(Api, 777, "en").OnboardAsync("en");
        var anna = await new TelegramUser(Api, 3101, "lv").OnboardAsync("lv");
        var bruno = await new TelegramUser(Api, 3102, "ru").OnboardAsync("ru");
        var chloe = await new TelegramUser(Api, 3103, "en").OnboardAsync("en");
        // Someone who declined: kept only for the retention days, by the other job; never told of an account they did not open.
        var dora = new TelegramUser(Api, 3104, "en");
        dora.Says("/start");
        await dora.NextAsync();
        dora.Presses("lang:en");
        await dora.NextAsync(c => c.Payloads.Contains("consent:no"));
        dora.Presses("consent:no");
        await dora.NextAsync(c => c.Text?.StartsWith("You haven’t given consent", StringComparison.Ordinal) == true);
        await Bot.InScopeAsync(async db =>
        {
            // A coordinator named in the settings, as the row of someone who consented once and has not written since.
            var member = new Domain.Members.Member(Domain.Messaging.ChannelKind.Telegram, "778", "778", Domain.Members.Language.En, clock.GetUtcNow());
            member.GiveConsent(clock.GetUtcNow());
            db.Members.Add(member);
            return await db.SaveChangesAsync();
        });

        // Chloe writes a year later; two years and a day after the start Anna and Bruno have been silent for over 24 months.
        clock.Advance(TimeSpan.FromDays(365));
        chloe.Says("/help");
        await chloe.NextAsync();
        clock.Advance(TimeSpan.FromDays(367));
        await Bot.TriggerJobAsync(InactiveAccountsJob.Key);

        var told = await anna.NextAsync();
        Assert.Equal(
            "👋 Botam no tevis nav bijis ziņu jau 24 mēnešus. Saskaņā ar privātuma noteikumiem tavs konts 24. decembrī tiks dzēsts tāpat kā ar /forgetme. Ja vēlies to paturēt, vienkārši uzraksti šeit jebko līdz tam.",
            told.Text);
        Assert.StartsWith("👋 От тебя не было сообщений уже 24 месяца.", (await bruno.NextAsync()).Text, StringComparison.Ordinal);
        // Told once: a second run the same night sends nothing more.
        await Bot.TriggerJobAsync(InactiveAccountsJob.Key);
        await Bot.OutboxDrainedAsync();
        Assert.Equal(1, Api.Calls.Count(c => c.ChatId == anna.ChatId && c.Text?.StartsWith("👋", StringComparison.Ordinal) == true));
        chloe.ExpectNoNewMessages();
        dora.ExpectNoNewMessages();
        coordinator.ExpectNoNewMessages();
        Assert.DoesNotContain(Api.Calls, c => c.ChatId == "778");

        // Bruno writes back; a month later only Anna's account is erased.
        bruno.Says("/help");
        await bruno.NextAsync();
        clock.Advance(TimeSpan.FromDays(31));
        await Bot.TriggerJobAsync(InactiveAccountsJob.Key);

        var left = await Bot.InScopeAsync(db => db.Members.OrderBy(m => m.Id).Select(m => m.ExternalId).ToListAsync());
        Assert.Equal(["777", "3102", "3103", "3104", "778"], left);
        Assert.Null(await Bot.InScopeAsync(db => db.Members.Where(m => m.ExternalId == "3102").Select(m => m.InactivityNoticeAt).SingleAsync()));
    }

    [Fact]
    public async Task OnMessenger_TheNotice_GoesOutsideTheWindowAsAnAccountUpdate()
    {
        var ilze = new MessengerUser(Graph, $"{Bot.BaseUrl}/webhooks/messenger", "psid-3201");
        await ilze.PostsBack("/start");
        await ilze.Taps("lang:en");
        await ilze.Taps("consent:yes");
        await ilze.NextAsync(c => c.Payloads.Contains("/idea"));
        clock.Advance(TimeSpan.FromDays(732));

        await Bot.TriggerJobAsync(InactiveAccountsJob.Key);

        var notice = await ilze.NextAsync(c => c.Text?.StartsWith("👋", StringComparison.Ordinal) == true);
        Assert.StartsWith("👋 You haven’t written to the bot for 24 months.", notice.Text, StringComparison.Ordinal);
        Assert.Equal(("MESSAGE_TAG", "ACCOUNT_UPDATE"), (notice.MessagingType, notice.Tag));
    }
}

public sealed class InactiveAccountsTests : InactiveAccountsSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class InactiveAccountsOnPostgresTests : InactiveAccountsSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
