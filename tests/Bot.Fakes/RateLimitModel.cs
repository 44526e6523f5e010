using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace GenYCity.Bot.Fakes;

/// <summary>
/// Telegram's rate limits as the fake Bot API enforces them, modelled as token buckets that refill
/// continuously: all messages without allow_paid_broadcast share <see cref="PerSecond"/>; with paid
/// broadcasts every message also counts against <see cref="PaidPerSecond"/>; each private chat has
/// <see cref="ChatPerSecond"/> with a burst of <see cref="ChatBurst"/>. The overall buckets hold a tenth of
/// a second's worth. A send that finds a bucket empty is refused with 429 and the whole seconds to wait.
/// </summary>
public sealed class RateLimitModel
{
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, Bucket> chats = new();
    private Bucket? free;
    private Bucket? paid;

    public double PerSecond { get; init; } = 30;

    /// <summary>0 when paid broadcasts are not in play.</summary>
    public double PaidPerSecond { get; init; }

    public double ChatPerSecond { get; init; } = 1;

    public int ChatBurst { get; init; } = 3;

    /// <summary>A 429 answer when the send at this moment would break a limit, otherwise null (and the send counts).</summary>
    public IResult? Refuse(string chatId, bool paidBroadcast, long timestamp)
    {
        var now = timestamp / (double)Stopwatch.Frequency;
        lock (gate)
        {
            free ??= new Bucket(PerSecond, Math.Max(1, PerSecond / 10), now);
            paid ??= PaidPerSecond > 0 ? new Bucket(PaidPerSecond, PaidPerSecond / 10, now) : null;
            var overall = paidBroadcast && paid is not null ? paid : free;
            var chat = chatId.StartsWith('-') || chatId.StartsWith('@') ? null : chats.GetOrAdd(chatId, _ => new Bucket(ChatPerSecond, ChatBurst, now));
            var wait = Math.Max(overall.WaitFor(now), chat?.WaitFor(now) ?? 0);
            if (!paidBroadcast && paid is not null)
            {
                wait = Math.Max(wait, paid.WaitFor(now));
            }

            if (wait > 0)
            {
                return FakeBotApi.TooManyRequestsError((int)Math.Ceiling(wait));
            }

            overall.Take();
            chat?.Take();
            if (!paidBroadcast && paid is not null)
            {
                paid.Take();
            }

            return null;
        }
    }

    private sealed class Bucket(double rate, double capacity, double start)
    {
        private double tokens = Math.Max(1, capacity);
        private double at = start;

        /// <summary>Seconds until a token is there (0: one is there now).</summary>
        public double WaitFor(double now)
        {
            tokens = Math.Min(capacity, tokens + ((now - at) * rate));
            at = now;
            return tokens >= 1 ? 0 : (1 - tokens) / rate;
        }

        public void Take() => tokens -= 1;
    }
}
