using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// One channel's overall limits. Sends are paced 1% under the configured rate, at most a fiftieth of a
/// second's worth at once, so they leave evenly; and a sliding one-second window makes sure that no second,
/// wherever it starts, holds more sends than the limit. The window counts a send from the moment it is let
/// go until a second after its answer came: the platform received it somewhere in between, so however the
/// network delays it, the platform never sees more in a second than the limit. With Telegram's paid
/// broadcasts the overall limits run at the paid rate, but only broadcast messages carry
/// allow_paid_broadcast: replies also take a slot within the free rate. Timestamps are the pump's clock's
/// (the system's, but for tests).
/// </summary>
internal sealed class ChannelLimiter
{
    private const double Margin = 0.99;
    private readonly Pacer overall;
    private readonly SendWindow overallWindow;
    private readonly Pacer? free;
    private readonly SendWindow? freeWindow;
    private readonly TimeProvider clock;

    public ChannelLimiter(ChannelLimits limits, TimeProvider? clock = null)
    {
        this.clock = clock ?? TimeProvider.System;
        overall = new Pacer(Margin * limits.OverallPerSecond, this.clock);
        overallWindow = new SendWindow(limits.OverallPerSecond, this.clock);
        if (limits.PaidBroadcast)
        {
            free = new Pacer(Margin * limits.PerSecond, this.clock);
            freeWindow = new SendWindow(limits.PerSecond, this.clock);
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

    /// <summary>A send let go by <see cref="AcquireOverallAsync"/> has its answer (or gave up) at this timestamp.</summary>
    public void Finished(DeliveryLane lane, long at)
    {
        overallWindow.Finished(at);
        if (lane == DeliveryLane.Reply)
        {
            freeWindow?.Finished(at);
        }
    }

    private async Task AcquireAsync(Pacer pacer, SendWindow window, CancellationToken ct)
    {
        TimeSpan wait;
        while (!pacer.TryTake(clock.GetTimestamp(), out wait))
        {
            await Task.Delay(wait, clock, ct);
        }

        while (!window.TryTake(clock.GetTimestamp(), out wait))
        {
            await Task.Delay(wait, clock, ct);
        }
    }

    /// <summary>Groups and channels: negative Telegram ids and @usernames.</summary>
    public static bool IsGroup(string chatId) => chatId.StartsWith('-') || chatId.StartsWith('@');
}
