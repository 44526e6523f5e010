using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The channel's overall limit on its own, on a fake clock.</summary>
public class ChannelLimiterTests
{
    private static readonly ChannelLimits OnePerSecond = new() { PerSecond = 1, ChatBurst = 1, ChatPerSecond = 1, GroupPerMinute = 20, GroupBurst = 1 };

    [Fact]
    public async Task ASendsPlace_IsFreeASecondAfterItsAnswer_AndNotBefore()
    {
        var clock = PumpParts.Clock();
        var limiter = new ChannelLimiter(OnePerSecond, clock);
        await limiter.AcquireOverallAsync(DeliveryLane.Reply, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(0.5));

        // Answered (or stopped unsent, its place given back) half a second in.
        limiter.Finished(DeliveryLane.Reply, clock.GetTimestamp());
        var next = Task.Run(() => limiter.AcquireOverallAsync(DeliveryLane.Reply, CancellationToken.None));

        // Paced 1% under the rate, it could go 0.99 s in; the window holds it until a second after the answer.
        await clock.TimerSetAsync();
        clock.Advance(TimeSpan.FromSeconds(0.5));
        await clock.TimerSetAsync();
        clock.Advance(TimeSpan.FromSeconds(0.4999));
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(0.2));
        await next.WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task ASendNeverAnswered_KeepsItsPlace()
    {
        var clock = PumpParts.Clock();
        var limiter = new ChannelLimiter(OnePerSecond, clock);
        await limiter.AcquireOverallAsync(DeliveryLane.Reply, CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var next = Task.Run(() => limiter.AcquireOverallAsync(DeliveryLane.Reply, giveUp.Token));

        await clock.TimerSetAsync();
        clock.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 100; i++)
        {
            await clock.TimerSetAsync();
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.False(next.IsCompleted);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
    }
}
