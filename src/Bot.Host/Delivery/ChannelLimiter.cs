using System.Threading.RateLimiting;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// One channel's limits as System.Threading.RateLimiting limiters: a token bucket for the whole channel,
/// and one per chat (people and groups apart). Each keeps 2% under the configured rate, and the overall
/// bucket holds at most a twentieth of a second's worth, so timer jitter never pushes a second over.
/// With Telegram's paid broadcasts the overall bucket runs at the paid rate, but only broadcast messages
/// carry allow_paid_broadcast: replies also take a slot in a bucket at the free rate.
/// </summary>
internal sealed class ChannelLimiter : IAsyncDisposable
{
    private const double Margin = 0.98;
    private readonly TokenBucketRateLimiter overall;
    private readonly TokenBucketRateLimiter? free;
    private readonly PartitionedRateLimiter<string> chats;

    public ChannelLimiter(ChannelLimits limits)
    {
        overall = Steady(limits.OverallPerSecond);
        free = limits.PaidBroadcast ? Steady(limits.PerSecond) : null;
        chats = PartitionedRateLimiter.Create<string, string>(chat => IsGroup(chat)
            ? RateLimitPartition.GetTokenBucketLimiter("group:" + chat, _ => Bucket(limits.GroupBurst, limits.GroupPerMinute - limits.GroupBurst, TimeSpan.FromMinutes(1)))
            : RateLimitPartition.GetTokenBucketLimiter("chat:" + chat, _ => Bucket(limits.ChatBurst, limits.ChatPerSecond, TimeSpan.FromSeconds(1))));
    }

    /// <summary>Waits for the channel's next free slot. Only the pump asks, so replies asked for first go first.</summary>
    public async Task AcquireOverallAsync(DeliveryLane lane, CancellationToken ct)
    {
        if (lane == DeliveryLane.Reply && free is not null)
        {
            await AcquireAsync(free, ct);
        }

        await AcquireAsync(overall, ct);
    }

    /// <summary>
    /// Takes a token, replenishing the bucket first. The bucket is replenished here rather than by its own
    /// timer: a timer tick that comes late (a busy thread pool) adds one period's tokens however late it is,
    /// so the rate sinks under load, while a replenishment asked for counts every whole period that passed.
    /// </summary>
    private static async Task AcquireAsync(TokenBucketRateLimiter bucket, CancellationToken ct)
    {
        while (true)
        {
            bucket.TryReplenish();
            TimeSpan wait;
            using (var lease = bucket.AttemptAcquire(1))
            {
                if (lease.IsAcquired)
                {
                    return;
                }

                wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after : TimeSpan.FromMilliseconds(1);
            }

            await Task.Delay(wait, ct);
        }
    }

    /// <summary>A bucket at the safe rate, one token a period, holding a twentieth of a second's worth.</summary>
    private static TokenBucketRateLimiter Steady(int perSecond)
    {
        var safe = Margin * perSecond;
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, (int)Math.Floor(safe * 0.05)),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / safe)),
            AutoReplenishment = false,
            QueueLimit = 0,
        });
    }

    /// <summary>Takes a slot in the chat's own limit now, or says how long until one is free.</summary>
    public bool TryAcquireChat(string chatId, out TimeSpan wait)
    {
        using var lease = chats.AttemptAcquire(chatId);
        wait = lease.IsAcquired ? TimeSpan.Zero
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after : TimeSpan.FromMilliseconds(100);
        return lease.IsAcquired;
    }

    /// <summary>Groups and channels: negative Telegram ids and @usernames.</summary>
    public static bool IsGroup(string chatId) => chatId.StartsWith('-') || chatId.StartsWith('@');

    public async ValueTask DisposeAsync()
    {
        await overall.DisposeAsync();
        if (free is not null)
        {
            await free.DisposeAsync();
        }

        await chats.DisposeAsync();
    }

    private static TokenBucketRateLimiterOptions Bucket(int burst, int perPeriod, TimeSpan period) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = Math.Max(1, perPeriod),
        ReplenishmentPeriod = period,
        AutoReplenishment = false,
        QueueLimit = 0,
    };
}
