using System.Threading.RateLimiting;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// One channel's limits as System.Threading.RateLimiting limiters: a token bucket for the whole channel,
/// and one per chat (people and groups apart). Each keeps 3% under the configured rate, and the overall
/// bucket holds at most a twentieth of a second's worth, so timer jitter never pushes a second over.
/// </summary>
internal sealed class ChannelLimiter : IAsyncDisposable
{
    private const double Margin = 0.97;
    private readonly TokenBucketRateLimiter overall;
    private readonly PartitionedRateLimiter<string> chats;

    public ChannelLimiter(ChannelLimits limits)
    {
        var safe = Margin * limits.OverallPerSecond;
        var (period, tokens) = safe * 0.05 >= 10
            ? (TimeSpan.FromMilliseconds(50), (int)Math.Floor(safe * 0.05))
            : (TimeSpan.FromSeconds(1 / safe), 1);
        overall = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            AutoReplenishment = true,
            QueueLimit = 1,
        });
        chats = PartitionedRateLimiter.Create<string, string>(chat => IsGroup(chat)
            ? RateLimitPartition.GetTokenBucketLimiter("group:" + chat, _ => Bucket(limits.GroupBurst, limits.GroupPerMinute - limits.GroupBurst, TimeSpan.FromMinutes(1)))
            : RateLimitPartition.GetTokenBucketLimiter("chat:" + chat, _ => Bucket(limits.ChatBurst, limits.ChatPerSecond, TimeSpan.FromSeconds(1))));
    }

    /// <summary>Waits for the channel's next free slot. Only the pump asks, so replies asked for first go first.</summary>
    public async Task AcquireOverallAsync(CancellationToken ct)
    {
        while (true)
        {
            using var lease = await overall.AcquireAsync(1, ct);
            if (lease.IsAcquired)
            {
                return;
            }
        }
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
