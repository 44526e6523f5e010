using System.Collections.Concurrent;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The delivery worker running against real SQLite, with a scripted channel and a fake clock for retry times.</summary>
public abstract class DeliveryWorkerSuite : IAsyncLifetime
{
    protected abstract DatabaseProvider Provider { get; }

    private TestDatabase database = null!;
    private readonly ScriptedSender telegram = new();
    private readonly DeliveryOptions options = new()
    {
        MaxAttempts = 3,
        FirstRetryDelay = TimeSpan.FromSeconds(2),
        IdlePollInterval = TimeSpan.FromMilliseconds(50),
        Channels = { [ChannelKind.Telegram] = new ChannelLimits { PerSecond = 1000, ChatBurst = 100, ChatPerSecond = 100, GroupPerMinute = 1000, GroupBurst = 100 } },
    };

    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.OfAsync(Provider);
        services = await StoreServices.CreateAsync(database, s =>
        {
            s.AddSingleton<IChannelSender>(telegram);
            s.AddSingleton<DeliverySignal>();
            s.AddSingleton(Options.Create(options));
            s.AddSingleton<DeliveryStore>();
            s.AddSingleton<Health.ChannelHealth>();
            s.AddSingleton<Persistence.Erasures>();
            s.AddSingleton<Persistence.WalCheckpoint>();
            s.AddSingleton(Options.Create(new Channels.Telegram.TelegramOptions()));
            s.AddSingleton(Options.Create(new Channels.Messenger.MessengerOptions()));
            s.AddSingleton<Configuration.SecretRedactor>();
            s.AddSingleton<ChannelLeases>();
            s.AddMetrics();
            s.AddSingleton<Telemetry.OutboxFigures>();
            s.AddSingleton<Telemetry.BotMetrics>();
            s.AddSingleton<DeliveryWorker>();
        });
    }

    public async Task DisposeAsync()
    {
        await Worker.StopAsync(CancellationToken.None);
        await services.DisposeAsync();
        database.Dispose();
    }

    private FakeTimeProvider Clock => services.GetRequiredService<FakeTimeProvider>();

    private DeliveryWorker Worker => services.GetRequiredService<DeliveryWorker>();

    [Fact]
    public async Task ARateLimit_HoldsTheMessageAndItsChat_WithoutAnotherAttempt_WhileTheOtherChatsGoOn()
    {
        telegram.Script("news 1", new SendResult.RetryLater("429 Too Many Requests", TimeSpan.FromSeconds(30)));
        // The bot has just written to the chat: the 429 is the chat's own limit, not the bot's as a whole.
        await Enqueue(Message("hello"));
        await Worker.StartAsync(CancellationToken.None);
        await WaitUntil(() => telegram.Delivered.Any(m => m.Text == "hello"));
        await Enqueue(Message("news 1", DeliveryLane.Broadcast));
        services.GetRequiredService<DeliverySignal>().Notify();
        await WaitUntil(() => telegram.Refused > 0);

        await Enqueue(Message("news 2", DeliveryLane.Broadcast), Message("your answer", chatId: "43"), Message("news 3", DeliveryLane.Broadcast, chatId: "44"));
        services.GetRequiredService<DeliverySignal>().Notify();
        await WaitUntil(() => telegram.Delivered.Any(m => m.Text == "your answer") && telegram.Delivered.Any(m => m.Text == "news 3"));
        // A sentinel in the same lane, to another chat, written after them: the lane is claimed in order, so by
        // the time it has gone any claim that could have taken "news 1" or "news 2" again has been made.
        await Enqueue(Message("news 4", DeliveryLane.Broadcast, chatId: "45"));
        services.GetRequiredService<DeliverySignal>().Notify();
        await WaitUntil(() => telegram.Delivered.Any(m => m.Text == "news 4"));
        Assert.DoesNotContain(telegram.Delivered, m => m.Text is "news 1" or "news 2");
        // Still claimed, as it was when it went: it waits in the pump for its chat's turn, one attempt.
        var held = (await Rows()).Single(r => r.ReadMessage().Text == "news 1");
        Assert.Equal((DeliveryStatus.Sending, 1), (held.Status, held.Attempts));
    }

    [Fact]
    public async Task AfterARateLimit_TheChatsMessagesStillArriveInOrder()
    {
        telegram.Script("one", new SendResult.RetryLater("429 Too Many Requests", TimeSpan.FromSeconds(1)));
        await Enqueue(Message("one"), Message("two"), Message("three"));

        await Worker.StartAsync(CancellationToken.None);
        await WaitUntil(() => telegram.Delivered.Count == 3);

        Assert.Equal(["one", "two", "three"], telegram.Delivered.Select(m => m.Text));
        await WaitUntil(async () => (await Rows()).All(d => d.Status == DeliveryStatus.Sent));
    }

    [Fact]
    public async Task TransientFailures_BackOff_AndAfterTheLastAttemptTheDeliveryFails()
    {
        telegram.Script("hello", new SendResult.RetryLater("502 Bad Gateway"), new SendResult.RetryLater("502 Bad Gateway"), new SendResult.RetryLater("502 Bad Gateway"));
        await Enqueue(Message("hello"));
        await Worker.StartAsync(CancellationToken.None);

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            await WaitUntil(async () => (await Rows()).Single() is { Status: DeliveryStatus.Pending, Attempts: var a } && a == attempt);
            var row = (await Rows()).Single();
            delays.Add(row.NextAttemptAt - Clock.GetUtcNow());
            Clock.Advance(row.NextAttemptAt - Clock.GetUtcNow());
        }

        await WaitUntil(async () => (await Rows()).Single().Status == DeliveryStatus.Failed);
        var failed = Assert.Single(await Rows());
        Assert.Equal(3, failed.Attempts);
        Assert.Contains("502 Bad Gateway", failed.LastError, StringComparison.Ordinal);
        Assert.InRange(delays[0].TotalSeconds, 1.6, 2.4);
        Assert.InRange(delays[1].TotalSeconds, 3.2, 4.8);
    }

    [Fact]
    public async Task AChatThatBlockedTheBot_IsNotRetried_AndTheMemberIsMarkedAndUnsubscribed()
    {
        telegram.Script("hello", new SendResult.Unreachable("Forbidden: bot was blocked by the user"));
        await services.InScopeAsync(async db =>
        {
            var member = new Member(ChannelKind.Telegram, "42", "42", Language.En, Clock.GetUtcNow());
            member.GiveConsent(Clock.GetUtcNow());
            db.Members.Add(member);
            await db.SaveChangesAsync();
        });
        await Enqueue(Message("hello"));

        await Worker.StartAsync(CancellationToken.None);
        await WaitUntil(async () => (await Rows()).Single().Status == DeliveryStatus.Unreachable);

        var member = await services.InScopeAsync(db => db.Members.SingleAsync());
        Assert.False(member.IsReachable);
        Assert.Equal(Subscriptions.None, member.Subscriptions);
        Assert.Single(telegram.Sent);
    }

    [Fact]
    public async Task AChatThatMoved_IsFollowedOnce_ToItsNewId()
    {
        telegram.Script("hello", new SendResult.Migrated("-1009999"));
        await Enqueue(new OutboundMessage(new Recipient(ChannelKind.Telegram, "-555"), "hello"));

        await Worker.StartAsync(CancellationToken.None);
        await WaitUntil(async () => (await Rows()).Single().Status == DeliveryStatus.Sent);

        Assert.Equal(["-555", "-1009999"], telegram.Sent.Select(m => m.To.ChatId));
        Assert.Equal(("-1009999", "-555"), ((await Rows()).Single().ChatId, (await Rows()).Single().MigratedFromChatId));
    }

    [Fact]
    public async Task ASenderThatThrows_IsRetriedLater()
    {
        telegram.Script("hello", new InvalidOperationException("surprise"));
        await Enqueue(Message("hello"));

        await Worker.StartAsync(CancellationToken.None);
        await WaitUntil(async () => (await Rows()).Single() is { Status: DeliveryStatus.Pending, Attempts: 1 });

        Assert.True((await Rows()).Single().NextAttemptAt > Clock.GetUtcNow());
    }

    [Fact]
    public async Task MessagesInterruptedByACrash_AreSentAtTheNextStart()
    {
        await Enqueue(Message("was on its way"));
        await services.InScopeAsync(async db =>
        {
            (await db.Deliveries.SingleAsync()).Claim();
            await db.SaveChangesAsync();
        });

        await Worker.StartAsync(CancellationToken.None);
        await WaitUntil(() => telegram.Sent.Count == 1);

        await WaitUntil(async () => (await Rows()).Single().Status == DeliveryStatus.Sent);
    }

    [Fact]
    public async Task AChatOverItsOwnLimit_Waits_WithoutHoldingUpOtherChats()
    {
        options.Channels[ChannelKind.Telegram] = new ChannelLimits { PerSecond = 1000, ChatBurst = 2, ChatPerSecond = 1, GroupPerMinute = 1000, GroupBurst = 100 };
        await Enqueue(Message("one"), Message("two"), Message("three"), Message("other chat", chatId: "43"));

        await Worker.StartAsync(CancellationToken.None);
        await WaitUntil(() => telegram.Sent.Count == 3);

        Assert.Equal(["one", "two", "other chat"], telegram.Sent.Select(m => m.Text));
        await WaitUntil(() => telegram.Sent.Count == 4);
        Assert.InRange(telegram.SentAt[3] - telegram.SentAt[0], TimeSpan.FromMilliseconds(800), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task AReply_OvertakesABroadcastThatIsDraining()
    {
        options.Channels[ChannelKind.Telegram] = new ChannelLimits { PerSecond = 50, ChatBurst = 10, ChatPerSecond = 10, GroupPerMinute = 1000, GroupBurst = 100 };
        await Enqueue(Enumerable.Range(1, 100).Select(i => Message($"news {i}", DeliveryLane.Broadcast, chatId: $"{1000 + i}")).ToArray());
        await Worker.StartAsync(CancellationToken.None);
        await WaitUntil(() => telegram.Sent.Count >= 10);

        await Enqueue(Message("your answer"));
        services.GetRequiredService<DeliverySignal>().Notify();
        await WaitUntil(() => telegram.Sent.Any(m => m.Text == "your answer"));

        var position = telegram.Sent.ToList().FindIndex(m => m.Text == "your answer");
        Assert.True(position < 30, $"the reply went out as message {position}, behind {position} broadcast messages");
        Assert.True(telegram.Sent.Count < 100, "the broadcast had already finished; the test proves nothing");
    }

    [Fact]
    public async Task ClaimsMadeAtTheSameTime_TakeEachRowOnce_AndTogetherTakeThemAll()
    {
        await Enqueue([.. Enumerable.Range(0, 200).Select(i => Message($"m{i}", chatId: $"{1000 + i}"))]);
        var store = services.GetRequiredService<DeliveryStore>();

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.ClaimAsync(ChannelKind.Telegram, DeliveryLane.Reply, 50, CancellationToken.None))));

        var claimed = claims.SelectMany(c => c).Select(w => w.Id).ToList();
        Assert.Equal(claimed.Count, claimed.Distinct().Count());
        Assert.Equal(200, claimed.Count);
        Assert.All(await Rows(), row => Assert.Equal((DeliveryStatus.Sending, 1), (row.Status, row.Attempts)));
    }

    private static OutboundMessage Message(string text, DeliveryLane lane = DeliveryLane.Reply, string chatId = "42") =>
        new(new Recipient(ChannelKind.Telegram, chatId), text) { Lane = lane };

    private Task Enqueue(params OutboundMessage[] messages) => services.InScopeAsync(async db =>
    {
        foreach (var message in messages)
        {
            db.Deliveries.Add(OutboxRow.Create(message, Clock.GetUtcNow()));
        }

        await db.SaveChangesAsync();
    });

    private Task<List<OutboxRow>> Rows() => services.InScopeAsync(db => db.Deliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync());

    private static Task WaitUntil(Func<bool> condition, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(condition))] string what = "") =>
        Eventually.WaitUntilAsync(condition, what);

    private static Task WaitUntil(Func<Task<bool>> condition, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(condition))] string what = "") =>
        Eventually.WaitUntilAsync(condition, what);

    /// <summary>A channel whose answers a test scripts per text; anything unscripted is sent.</summary>
    private sealed class ScriptedSender : IChannelSender
    {
        private readonly ConcurrentDictionary<string, ConcurrentQueue<object>> scripts = new();
        private int refused;

        /// <summary>Every send, whatever its scripted outcome.</summary>
        public ConcurrentQueue<OutboundMessage> Sent { get; } = new();

        /// <summary>The sends that went.</summary>
        public ConcurrentQueue<OutboundMessage> Delivered { get; } = new();

        public int Refused => refused;

        public List<DateTime> SentAt { get; } = [];

        public ChannelKind Channel => ChannelKind.Telegram;

        public void Script(string text, params object[] outcomes) => scripts[text] = new ConcurrentQueue<object>(outcomes);

        public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
        {
            Sent.Enqueue(message);
            lock (SentAt)
            {
                SentAt.Add(DateTime.UtcNow);
            }

            if (scripts.TryGetValue(message.Text, out var outcomes) && outcomes.TryDequeue(out var outcome))
            {
                if (outcome is SendResult.RetryLater { After: not null })
                {
                    Interlocked.Increment(ref refused);
                }

                return outcome is Exception ex ? Task.FromException<SendResult>(ex) : Task.FromResult((SendResult)outcome);
            }

            Delivered.Enqueue(message);
            return Task.FromResult<SendResult>(new SendResult.Sent(Sent.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}

/// <summary>The suite on a SQLite file.</summary>
public sealed class DeliveryWorkerTests : DeliveryWorkerSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>The suite on PostgreSQL.</summary>
public sealed class DeliveryWorkerOnPostgresTests : DeliveryWorkerSuite
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
