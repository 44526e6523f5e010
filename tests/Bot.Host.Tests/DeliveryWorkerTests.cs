using GenYCity.Bot.Domain.Delivery;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using DeliveryRow = GenYCity.Bot.Domain.Delivery.Delivery;

namespace GenYCity.Bot.Host.Tests;

public sealed class DeliveryWorkerTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private readonly IChannelSender telegram = Substitute.For<IChannelSender>();
    private readonly List<string> sent = [];
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        telegram.Channel.Returns(ChannelKind.Telegram);
        telegram.SendAsync(default!, default).ReturnsForAnyArgs(call =>
        {
            // Null while a test re-configures the substitute.
            if (call.Arg<OutboundMessage>() is { } message)
            {
                sent.Add(message.Text);
            }

            return new SendResult.Sent("1");
        });
        services = await StoreServices.CreateAsync(database, s =>
        {
            s.AddSingleton(telegram);
            s.AddSingleton<DeliverySignal>();
            s.AddSingleton(Options.Create(new DeliveryOptions { MaxAttempts = 3, BatchSize = 10, FirstRetryDelay = TimeSpan.FromSeconds(2) }));
            s.AddSingleton<DeliveryWorker>();
        });
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        database.Dispose();
    }

    private FakeTimeProvider Clock => services.GetRequiredService<FakeTimeProvider>();

    private DeliveryWorker Worker => services.GetRequiredService<DeliveryWorker>();

    [Fact]
    public async Task Replies_GoBeforeBroadcasts_QueuedEarlier()
    {
        await Enqueue(Message("news 1", DeliveryLane.Broadcast), Message("news 2", DeliveryLane.Broadcast), Message("your answer"));

        await Worker.DrainOnceAsync(CancellationToken.None);

        Assert.Equal(["your answer", "news 1", "news 2"], sent);
        Assert.All(await Rows(), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task ARetryLater_WaitsForTheStatedTime_ThenSends()
    {
        telegram.SendAsync(default!, default).ReturnsForAnyArgs(
            new SendResult.RetryLater("429", TimeSpan.FromSeconds(30)),
            new SendResult.Sent("2"));
        await Enqueue(Message("hello"));

        await Worker.DrainOnceAsync(CancellationToken.None);
        var waiting = Assert.Single(await Rows());
        Assert.Equal(DeliveryStatus.Pending, waiting.Status);
        Assert.Equal(Clock.GetUtcNow().AddSeconds(30), waiting.NextAttemptAt);

        Assert.Equal(0, await Worker.DrainOnceAsync(CancellationToken.None));
        Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await Worker.DrainOnceAsync(CancellationToken.None));

        var done = Assert.Single(await Rows());
        Assert.Equal((DeliveryStatus.Sent, 2, "2"), (done.Status, done.Attempts, done.SentMessageId));
    }

    [Fact]
    public async Task TransientFailures_BackOff_AndAfterTheLastAttemptTheDeliveryFails()
    {
        telegram.SendAsync(default!, default).ReturnsForAnyArgs(new SendResult.RetryLater("502 Bad Gateway"));
        await Enqueue(Message("hello"));

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await Worker.DrainOnceAsync(CancellationToken.None);
            var row = Assert.Single(await Rows());
            if (row.Status == DeliveryStatus.Pending)
            {
                delays.Add(row.NextAttemptAt - Clock.GetUtcNow());
                Clock.Advance(row.NextAttemptAt - Clock.GetUtcNow());
            }
        }

        var failed = Assert.Single(await Rows());
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Equal(3, failed.Attempts);
        Assert.Contains("502 Bad Gateway", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(2, delays.Count);
        Assert.InRange(delays[0].TotalSeconds, 1.6, 2.4);
        Assert.InRange(delays[1].TotalSeconds, 3.2, 4.8);
    }

    [Fact]
    public async Task AnUnreachableChat_FailsWithoutRetry_AndMarksTheMember()
    {
        telegram.SendAsync(default!, default).ReturnsForAnyArgs(new SendResult.Unreachable("Forbidden: bot was blocked by the user"));
        await services.InScopeAsync(async db =>
        {
            db.Members.Add(new Member(ChannelKind.Telegram, "42", "42", Language.En, Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        await Enqueue(Message("hello"));

        await Worker.DrainOnceAsync(CancellationToken.None);

        var row = Assert.Single(await Rows());
        Assert.Equal((DeliveryStatus.Unreachable, 1), (row.Status, row.Attempts));
        Assert.False((await services.InScopeAsync(db => db.Members.SingleAsync())).IsReachable);
    }

    [Fact]
    public async Task ASenderThatThrows_IsRetriedLater()
    {
        telegram.SendAsync(default!, default).ThrowsAsyncForAnyArgs(new InvalidOperationException("surprise"));
        await Enqueue(Message("hello"));

        await Worker.DrainOnceAsync(CancellationToken.None);

        var row = Assert.Single(await Rows());
        Assert.Equal(DeliveryStatus.Pending, row.Status);
        Assert.True(row.NextAttemptAt > Clock.GetUtcNow());
    }

    [Fact]
    public async Task MessagesForAChannelThatIsNotRunning_WaitForIt()
    {
        await Enqueue(new OutboundMessage(new Recipient(ChannelKind.Messenger, "psid"), "later"));

        Assert.Equal(0, await Worker.DrainOnceAsync(CancellationToken.None));
        Assert.Equal(DeliveryStatus.Pending, Assert.Single(await Rows()).Status);
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
        await WaitUntil(() => sent.Count == 1);
        await Worker.StopAsync(CancellationToken.None);

        Assert.Equal(["was on its way"], sent);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(await Rows()).Status);
    }

    private static OutboundMessage Message(string text, DeliveryLane lane = DeliveryLane.Reply) =>
        new(new Recipient(ChannelKind.Telegram, "42"), text) { Lane = lane };

    private Task Enqueue(params OutboundMessage[] messages) => services.InScopeAsync(async db =>
    {
        foreach (var message in messages)
        {
            db.Deliveries.Add(DeliveryRow.Create(message, Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }
    });

    private Task<List<DeliveryRow>> Rows() => services.InScopeAsync(db => db.Deliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync());

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, cts.Token);
        }
    }
}
