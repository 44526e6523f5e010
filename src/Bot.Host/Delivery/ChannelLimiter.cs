using System.Diagnostics;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// One channel's overall limits. Sends are paced 1% under the configured rate, at most a fiftieth of a
/// second's worth at once, so they leave evenly; and a sliding one-second window makes sure that no second,
/// wherever it starts, holds more sends than the limit. The window counts a send from the moment it is let
/// go until a second after its answer came: the platform received it somewhere in between, so however the
/// network delays it, the platform never sees more in a second than the limit. With Telegram's paid
/// broadcasts the overall limits run at the paid rate, but only broadcast messages carry
/// allow_paid_broadcast: replies also take a slot within the free rate.
/// </summary>
internal sealed class ChannelLimiter
{
    private const double Margin = 0.99;
    private readonly Pacer overall;
    private readonly SendWindow overallWindow;
    private readonly Pacer? free;
    private readonly SendWindow? freeWindow;

    public ChannelLimiter(ChannelLimits limits)
    {
        overall = new Pacer(Margin * limits.OverallPerSecond);
        overallWindow = new SendWindow(limits.OverallPerSecond);
        if (limits.PaidBroadcast)
        {
            free = new Pacer(Margin * limits.PerSecond);
            freeWindow = new SendWindow(limits.PerSecond);
        }
    }

    /// <summary>Waits for the channel's next free slot. Only the pump asks, so replies asked for first go first.</summary>
    public async Task AcquireOverallAsync(DeliveryLane lane, CancellationToken ct)
    {
        if (lane == DeliveryLane.Reply && free is not null)
        {
            await AcquireAsync(free, freeWindow!, ct);
        }

        await AcquireAsync(overall, overallWindow, ct);
    }

    /// <summary>A send let go by <see cref="AcquireOverallAsync"/> has its answer (or gave up) at this Stopwatch timestamp.</summary>
    public void Finished(DeliveryLane lane, long at)
    {
        overallWindow.Finished(at);
        if (lane == DeliveryLane.Reply)
        {
            freeWindow?.Finished(at);
        }
    }

    private static async Task AcquireAsync(Pacer pacer, SendWindow window, CancellationToken ct)
    {
        TimeSpan wait;
        while (!pacer.TryTake(Stopwatch.GetTimestamp(), out wait))
        {
            await Task.Delay(wait, ct);
        }

        while (!window.TryTake(Stopwatch.GetTimestamp(), out wait))
        {
            await Task.Delay(wait, ct);
        }
    }

    /// <summary>Groups and channels: negative Telegram ids and @usernames.</summary>
    public static bool IsGroup(string chatId) => chatId.StartsWith('-') || chatId.StartsWith('@');
}

/// <summary>
/// Sends at an even rate (the generic cell rate algorithm): each send is due one interval after the one
/// before, and may go up to a fiftieth of a second early, so a loop woken late by its timer catches up
/// within that much. (System.Threading.RateLimiting's token bucket, replenished by hand before each try,
/// reached 86% of a 1,000/s allowance on the delivery benchmark where this reaches 95-98%.) Used by the
/// pump's loop alone.
/// </summary>
internal sealed class Pacer(double perSecond)
{
    private readonly double interval = Stopwatch.Frequency / perSecond;
    private readonly double tolerance = Stopwatch.Frequency * 0.02;
    private double due = double.MinValue;

    public bool TryTake(long now, out TimeSpan wait)
    {
        var slot = Math.Max(due, now);
        if (slot - now > tolerance)
        {
            wait = TimeSpan.FromSeconds((slot - tolerance - now) / Stopwatch.Frequency);
            return false;
        }

        due = slot + interval;
        wait = TimeSpan.Zero;
        return true;
    }
}

/// <summary>
/// At most <c>limit</c> sends in any second: the sends on their way, and those answered less than a
/// second ago (oldest first, as Stopwatch timestamps).
/// </summary>
internal sealed class SendWindow(int limit)
{
    private readonly Lock gate = new();
    private readonly Queue<long> answered = new();
    private int onTheirWay;

    public bool TryTake(long now, out TimeSpan wait)
    {
        lock (gate)
        {
            var second = Stopwatch.Frequency;
            while (answered.TryPeek(out var oldest) && oldest <= now - second)
            {
                answered.Dequeue();
            }

            if (onTheirWay + answered.Count < limit)
            {
                onTheirWay++;
                wait = TimeSpan.Zero;
                return true;
            }

            wait = answered.TryPeek(out var first)
                ? Stopwatch.GetElapsedTime(now, first + second) + TimeSpan.FromTicks(1)
                : TimeSpan.FromMilliseconds(1);
            return false;
        }
    }

    public void Finished(long at)
    {
        lock (gate)
        {
            onTheirWay = Math.Max(0, onTheirWay - 1);
            answered.Enqueue(at);
        }
    }
}
