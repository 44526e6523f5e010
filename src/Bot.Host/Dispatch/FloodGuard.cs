using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using GenYCity.Bot.Domain.Messaging;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Dispatch;

/// <summary>The "Abuse" section: how many messages from one person are too many.</summary>
public sealed class AbuseOptions
{
    public const string SectionName = "Abuse";

    [Range(1, 1000, ErrorMessage = "Abuse:MaxMessages must be between 1 and 1000.")]
    public int MaxMessages { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Abuse:Window must be between 00:00:01 and 01:00:00.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a person who flooded is ignored after the one warning.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Abuse:MuteFor must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan MuteFor { get; set; } = TimeSpan.FromMinutes(1);
}

public enum FloodVerdict
{
    Allow,

    /// <summary>Just went over the limit: one polite warning, then quiet.</summary>
    Warn,

    Ignore,
}

/// <summary>
/// Counts each person's messages in a sliding window (System.Threading.RateLimiting, one partition per
/// person). Over the limit, the person gets one warning and is ignored for a while.
/// </summary>
public sealed class FloodGuard : IDisposable
{
    private readonly PartitionedRateLimiter<string> windows;
    private readonly ConcurrentDictionary<string, DateTimeOffset> mutedUntil = new();
    private readonly AbuseOptions options;
    private readonly TimeProvider clock;

    public FloodGuard(IOptions<AbuseOptions> options, TimeProvider clock)
    {
        this.options = options.Value;
        this.clock = clock;
        windows = PartitionedRateLimiter.Create<string, string>(person => RateLimitPartition.GetSlidingWindowLimiter(person, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = this.options.MaxMessages,
            Window = this.options.Window,
            SegmentsPerWindow = 10,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public FloodVerdict Check(InboundMessage message)
    {
        if (message.Kind is InboundKind.BotBlocked or InboundKind.BotUnblocked)
        {
            return FloodVerdict.Allow;
        }

        var person = $"{message.Channel}:{message.UserId}";
        var now = clock.GetUtcNow();
        if (mutedUntil.TryGetValue(person, out var until))
        {
            if (until > now)
            {
                return FloodVerdict.Ignore;
            }

            mutedUntil.TryRemove(person, out _);
        }

        using var lease = windows.AttemptAcquire(person);
        if (lease.IsAcquired)
        {
            return FloodVerdict.Allow;
        }

        mutedUntil[person] = now + options.MuteFor;
        return FloodVerdict.Warn;
    }

    public void Dispose() => windows.Dispose();
}
