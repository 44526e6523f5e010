using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using static GenYCity.Bot.Host.Tests.PumpParts;

namespace GenYCity.Bot.Host.Tests;

/// <summary>The lanes' pauses on their own, on a fake clock.</summary>
public class LanePausesTests
{
    [Fact]
    public void AThrottledLane_PausesTheOtherToo_WhenTheyShareOneLimit()
    {
        var clock = Clock();
        var pauses = new LanePauses(TelegramLimits, clock);

        pauses.Pause(DeliveryLane.Broadcast, TimeSpan.FromSeconds(3));

        Assert.True(pauses.IsPaused(DeliveryLane.Reply, clock.GetTimestamp()));
        Assert.True(pauses.IsPaused(DeliveryLane.Broadcast, clock.GetTimestamp()));
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.False(pauses.IsPaused(DeliveryLane.Reply, clock.GetTimestamp()));
        Assert.False(pauses.IsPaused(DeliveryLane.Broadcast, clock.GetTimestamp()));
    }

    [Fact]
    public void WithPaidBroadcasts_OnlyTheThrottledLanePauses()
    {
        var clock = Clock();
        var pauses = new LanePauses(new ChannelLimits { PerSecond = 30, PaidBroadcast = true, PaidPerSecond = 1000, ChatBurst = 1, ChatPerSecond = 1, GroupPerMinute = 20, GroupBurst = 1 }, clock);

        pauses.Pause(DeliveryLane.Broadcast, TimeSpan.FromSeconds(3));

        Assert.False(pauses.IsPaused(DeliveryLane.Reply, clock.GetTimestamp()));
        Assert.True(pauses.IsPaused(DeliveryLane.Broadcast, clock.GetTimestamp()));
    }

    [Fact]
    public void AShorterPause_NeverShortensALongerOne()
    {
        var clock = Clock();
        var pauses = new LanePauses(TelegramLimits, clock);

        pauses.Pause(DeliveryLane.Reply, TimeSpan.FromSeconds(10));
        pauses.Pause(DeliveryLane.Reply, TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.True(pauses.IsPaused(DeliveryLane.Reply, clock.GetTimestamp()));
        Assert.Equal(clock.GetTimestamp() + (5 * clock.TimestampFrequency), pauses.Until(DeliveryLane.Reply));
    }
}
