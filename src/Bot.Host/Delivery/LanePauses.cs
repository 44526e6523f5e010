using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// The pauses a platform's 429s put on a channel's lanes: a lane the platform throttled sends nothing until
/// the wait it gave has passed, and both lanes pause when they share one limit (no paid broadcasts), since
/// the other would only be refused too. A later, shorter pause never shortens a longer one. Timestamps are
/// the pump's clock's. Used by the pump's loop alone.
/// </summary>
internal sealed class LanePauses(ChannelLimits limits, TimeProvider clock)
{
    private readonly long[] pausedUntil = new long[DeliveryLanes.InOrder.Length];

    public void Pause(DeliveryLane lane, TimeSpan after)
    {
        var until = clock.GetTimestamp() + (long)(after.TotalSeconds * clock.TimestampFrequency);
        foreach (var paused in limits.PaidBroadcast ? [lane] : DeliveryLanes.InOrder)
        {
            pausedUntil[(int)paused] = Math.Max(pausedUntil[(int)paused], until);
        }
    }

    public bool IsPaused(DeliveryLane lane, long now) => pausedUntil[(int)lane] > now;

    /// <summary>When the lane's pause ends (a timestamp in the past when it is not paused).</summary>
    public long Until(DeliveryLane lane) => pausedUntil[(int)lane];
}
