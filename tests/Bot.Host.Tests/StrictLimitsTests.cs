using System.Diagnostics;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Broadcasts through the real host and the fake Bot API with Telegram's limits read strictly (a sliding
/// second overall, a second between any two sends to a chat), and 429s about one chat or about the bot as a
/// whole: a 429 holds back what it was about, and nothing else.
/// </summary>
public sealed class StrictLimitsTests : FakeApiTests
{
    private const string Text = "Jauniešu dome tiekas piektdien 18:00!";

    [Fact]
    public async Task UnderTheStrictModel_ABroadcastAndTheAnswersToThoseItReached_DrawNo429s()
    {
        Api.Limits = new RateLimitModel { PerSecond = 30, Strict = true };
        await using var bot = await StartAsync();
        await SeedAsync(bot, 4001, 60);
        await BroadcastAsync(bot);

        // Five people who have just had the announcement write back at once: each is answered, a second after
        // the announcement reached them at the earliest, and nobody is refused.
        var writers = Enumerable.Range(4001, 5).Select(id => new TelegramUser(Api, id, "lv")).ToList();
        foreach (var writer in writers)
        {
            await writer.NextAsync(c => c.Text == Text, TimeSpan.FromSeconds(20));
            writer.Says("/help");
        }

        foreach (var writer in writers)
        {
            var answer = await writer.NextAsync(TimeSpan.FromSeconds(20));
            var announcement = Api.Calls.Single(c => c.ChatId == writer.ChatId && c.Text == Text);
            Assert.True(Stopwatch.GetElapsedTime(announcement.ReceivedAt, answer.ReceivedAt) >= TimeSpan.FromSeconds(1));
        }

        await WaitUntilAsync(() => Api.Calls.Count(c => c.IsDelivered && c.Text == Text) == 60);
        Assert.Equal(0, Api.TooManyRequests);
    }

    [Fact]
    public async Task AChatRefusedForAMinute_HoldsBackOnlyItself()
    {
        Api.Script("4001", FakeBotApi.TooManyRequestsError(60));
        await using var bot = await StartAsync();
        await SeedAsync(bot, 4001, 30);
        var started = Stopwatch.GetTimestamp();
        await BroadcastAsync(bot);

        // The others are not held for the minute: at most for the second it takes to see what the 429 was about.
        await WaitUntilAsync(() => Api.Calls.Count(c => c.IsDelivered && c.Text == Text) == 29);
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(15));
        var newcomer = new TelegramUser(Api, 5001, "lv");
        newcomer.Says("/start");
        await newcomer.NextAsync(TimeSpan.FromSeconds(5));

        // Still claimed, with the one attempt it was sent with: it waits in the pump for its chat's minute.
        var held = await bot.InScopeAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.ChatId == "4001"));
        Assert.Equal((DeliveryStatus.Sending, 1), (held.Status, held.Attempts));
        Assert.DoesNotContain(Api.Calls, c => c.IsDelivered && c.ChatId == "4001");
    }

    [Fact]
    public async Task TwoChatsRefusedOneAfterTheOther_PauseTheBroadcastForTheWholeWait()
    {
        Api.Script("4001", FakeBotApi.TooManyRequestsError(4));
        Api.Script("4002", FakeBotApi.TooManyRequestsError(4));
        await using var bot = await StartAsync();
        await SeedAsync(bot, 4001, 10);
        await BroadcastAsync(bot);

        await WaitUntilAsync(() => Api.Calls.Count(c => c.IsDelivered && c.Text == Text) == 10);
        var calls = Api.Calls.Where(c => c.IsSend && c.Text == Text).OrderBy(c => c.ReceivedAt).ToList();
        var secondRefusal = calls.Where(c => c.Status == 429).Max(c => c.ReceivedAt);
        // The first refusal paused sending for a second, to see; the second, from another chat, said the bot as
        // a whole is throttled: nothing went out for the four seconds Telegram asked for. Only sends let go
        // before that refusal came back may still arrive just after it (on a busy machine the pump lets the next
        // one go 33 ms after the refused one, before its answer is in): at most two, within a third of a second.
        var after = calls.Where(c => c.Status == 200 && c.ReceivedAt > secondRefusal).Select(c => Stopwatch.GetElapsedTime(secondRefusal, c.ReceivedAt)).Order().ToList();
        var onTheirWay = after.TakeWhile(wait => wait < TimeSpan.FromSeconds(0.3)).Count();
        Assert.True(onTheirWay <= 2, $"{onTheirWay} sends arrived within 0.3 s of the refusal");
        Assert.True(after[onTheirWay] >= TimeSpan.FromSeconds(3.5), $"the next send came {after[onTheirWay].TotalSeconds:F2} s after the refusal");
        Assert.Equal(2, calls.Count(c => c.Status == 429));
        Assert.Equal(10, calls.Where(c => c.Status == 200).Select(c => c.ChatId).Distinct().Count());
    }

    private Task<RunningBot> StartAsync() => RunningBot.StartTelegramAsync(
        Api,
        Database,
        null,
        "--Delivery:Telegram:PerSecond=30",
        "--Delivery:Telegram:ChatBurst=1",
        "--Delivery:Telegram:ChatPerSecond=1",
        "--Delivery:Telegram:GroupBurst=1",
        "--Delivery:Telegram:GroupPerMinute=20");

    private static Task<int> SeedAsync(RunningBot bot, int first, int count) => bot.InScopeAsync(async db =>
    {
        for (var chat = first; chat < first + count; chat++)
        {
            var member = new Member(ChannelKind.Telegram, $"{chat}", $"{chat}", Language.Lv, DateTimeOffset.UtcNow);
            member.GiveConsent(DateTimeOffset.UtcNow);
            db.Members.Add(member);
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>An announcement to every subscriber, as /announce writes it.</summary>
    private static Task<int> BroadcastAsync(RunningBot bot) => bot.InScopeAsync(db =>
    {
        db.Broadcasts.Add(Announcements.ToSubscribers(Text, DateTimeOffset.UtcNow));
        return db.SaveChangesAsync();
    });
}
