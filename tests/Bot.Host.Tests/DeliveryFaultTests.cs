using System.Diagnostics;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using static GenYCity.Bot.Host.Tests.Fakes.Eventually;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// A coordinator's announcement through the real host while the fake Bot API fails on purpose: a 429,
/// server errors, a hung request, a blocked bot, a chat that is gone, a chat that never recovers.
/// Everyone reachable gets the message exactly once; /stats shows what became of the broadcast.
/// </summary>
public sealed class DeliveryFaultTests : BotTest
{
    private const string Text = "Sporta halle atvērta visiem sestdien!";
    private TelegramUser coordinator = null!;

    protected override IEnumerable<string> Settings =>
    [
        "--Bot:Coordinators:0=telegram:777",
        "--Delivery:MaxAttempts=3",
        "--Delivery:FirstRetryDelay=00:00:00.200",
        "--Delivery:SendTimeout=00:00:01",
    ];

    protected override async Task ArrangeAsync()
    {
        coordinator = await new TelegramUser(Api, 777, languageCode: "en").OnboardAsync("en");
        await Bot.InScopeAsync(async db =>
        {
            for (var chat = 3001; chat <= 3012; chat++)
            {
                var member = new Member(ChannelKind.Telegram, $"{chat}", $"{chat}", Language.Lv, DateTimeOffset.UtcNow);
                member.GiveConsent(DateTimeOffset.UtcNow);
                db.Members.Add(member);
            }

            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task ABroadcastThroughFaults_ReachesEveryReachableMemberOnce_AndStatsShowWhatHappened()
    {
        Api.Script("3001", FakeBotApi.TooManyRequestsError(retryAfter: 1));
        Api.Script("3002", FakeBotApi.BadGatewayError(), FakeBotApi.BadGatewayError());
        Api.Script("3003", FakeBotApi.Hang(TimeSpan.FromSeconds(5)));
        Api.Script("3004", FakeBotApi.BlockedError());
        Api.Script("3005", FakeBotApi.ChatNotFoundError());
        Api.Script("3006", FakeBotApi.BadGatewayError(), FakeBotApi.BadGatewayError(), FakeBotApi.BadGatewayError());

        await AnnounceAsync();

        var done = await coordinator.NextAsync(c => c.Text?.StartsWith("✅ Done", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));
        // 13 subscribers: the coordinator and 3001–3012.
        Assert.Equal("✅ Done: sent 10 · unreachable 2 · failed 1 · skipped 0", done.Text);

        var delivered = Api.Calls.Where(c => c.IsDelivered && c.Text == Text).GroupBy(c => c.ChatId!).ToDictionary(g => g.Key, g => g.Count());
        string[] reachable = ["777", "3001", "3002", "3003", "3007", "3008", "3009", "3010", "3011", "3012"];
        Assert.Equal(reachable.Order(), delivered.Keys.Order());
        Assert.All(delivered, pair => Assert.Equal(1, pair.Value));

        // The 429's wait was kept: Telegram asked for a second.
        var first = Api.Calls.First(c => c.ChatId == "3001" && c.Status == 429);
        var retry = Api.Calls.First(c => c.ChatId == "3001" && c.IsDelivered);
        Assert.True(Stopwatch.GetElapsedTime(first.ReceivedAt, retry.ReceivedAt) >= TimeSpan.FromSeconds(0.95));
        Assert.Equal(3, Api.Calls.Count(c => c.ChatId == "3006"));
        Assert.Equal(1, Api.Calls.Count(c => c.ChatId == "3004"));

        var gone = await Bot.InScopeAsync(db => db.Members.Where(m => m.ChatId == "3004" || m.ChatId == "3005").ToListAsync());
        Assert.All(gone, m => Assert.Equal((false, Subscriptions.None), (m.IsReachable, m.Subscriptions)));

        coordinator.Says("/stats");
        var stats = await coordinator.NextAsync(c => c.Text?.StartsWith("📊", StringComparison.Ordinal) == true);
        Assert.Contains("👥 Members: 13 · consented: 13 · announcements: 11 · digest: 11 · unreachable: 2", stats.Text, StringComparison.Ordinal);
        Assert.Matches(@"#1 announcement, .+: queued 13 · sent 10 · unreachable 2 · failed 1 · skipped 0", stats.Text);
    }

    [Fact]
    public async Task BlockingTheBot_MakesTheMemberUnreachable_AndUnblockingMakesThemReachableAgain()
    {
        var anna = new TelegramUser(Api, 5005, languageCode: "lv");
        anna.Says("/start");
        await anna.NextAsync();

        Api.EnqueueUpdate(MembershipChange(5005, "member", "kicked"));
        await WaitUntilAsync(async () => !(await Member("5005")).IsReachable);
        Assert.Equal(Subscriptions.None, (await Member("5005")).Subscriptions);
        // Whatever the change wrote was written with the member's: drained, it has all gone.
        await Bot.OutboxDrainedAsync();
        anna.ExpectNoNewMessages();

        Api.EnqueueUpdate(MembershipChange(5005, "kicked", "member"));
        await WaitUntilAsync(async () => (await Member("5005")).IsReachable);
    }

    [Fact]
    public async Task AtTelegramsFreeRate_ABroadcastDrawsNo429s()
    {
        // Started again without the suite's short retries and timeout, at Telegram's free rate.
        await StopBotAsync();
        Api.Limits = new RateLimitModel { PerSecond = 30, ChatPerSecond = 1, ChatBurst = 3 };
        await using var bot = await RunningBot.StartTelegramAsync(
            Api,
            Database,
            null,
            "--Bot:Coordinators:0=telegram:777",
            "--Delivery:Telegram:PerSecond=30",
            "--Delivery:Telegram:ChatBurst=3",
            "--Delivery:Telegram:ChatPerSecond=1");
        await bot.InScopeAsync(async db =>
        {
            for (var chat = 4001; chat <= 4050; chat++)
            {
                var member = new Member(ChannelKind.Telegram, $"{chat}", $"{chat}", Language.Ru, DateTimeOffset.UtcNow);
                member.GiveConsent(DateTimeOffset.UtcNow);
                db.Members.Add(member);
            }

            return await db.SaveChangesAsync();
        });

        await AnnounceAsync();

        await coordinator.NextAsync(c => c.Text?.StartsWith("✅ Done: sent 63", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));
        Assert.Equal(0, Api.TooManyRequests);
        var sends = Api.Calls.Where(c => c.IsDelivered && c.Text == Text).Select(c => c.ReceivedAt).Order().ToList();
        Assert.Equal(63, sends.Count);
        // 63 messages at no more than 30 a second take two seconds at least.
        Assert.True(Stopwatch.GetElapsedTime(sends[0], sends[^1]) >= TimeSpan.FromSeconds(1.9));
    }

    private Task<Member> Member(string chatId) => Bot.InScopeAsync(db => db.Members.SingleAsync(m => m.ChatId == chatId));

    private static System.Text.Json.Nodes.JsonObject MembershipChange(long chatId, string from, string to) => new()
    {
        ["my_chat_member"] = new System.Text.Json.Nodes.JsonObject
        {
            ["chat"] = new System.Text.Json.Nodes.JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Anna" },
            ["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Anna" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["old_chat_member"] = new System.Text.Json.Nodes.JsonObject { ["status"] = from, ["user"] = BotAccount() },
            ["new_chat_member"] = new System.Text.Json.Nodes.JsonObject { ["status"] = to, ["user"] = BotAccount() },
        },
    };

    private static System.Text.Json.Nodes.JsonObject BotAccount() => new() { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "GenYCity" };


    private async Task AnnounceAsync()
    {
        coordinator.Says("/announce");
        await coordinator.NextAsync();
        coordinator.Says(Text);
        await coordinator.NextAsync();
        coordinator.Presses("announce:skip");
        await coordinator.NextAsync();
        await coordinator.NextAsync();
        coordinator.Presses("announce:to:all");
        await coordinator.NextAsync();
        var preview = await coordinator.NextAsync();
        coordinator.Presses(preview.Payloads[0]);
    }
}
