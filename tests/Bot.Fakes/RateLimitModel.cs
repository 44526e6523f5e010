using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace GenYCity.Bot.Fakes;

/// <summary>
/// Telegram's rate limits as the fake Bot API enforces them. All messages without allow_paid_broadcast
/// share <see cref="PerSecond"/>; with paid broadcasts every message also counts against
/// <see cref="PaidPerSecond"/>; each private chat has <see cref="ChatPerSecond"/>. A send that breaks a limit
/// is refused with 429 and the whole seconds to wait.
/// The lenient model (the default) is token buckets that refill continuously: the overall buckets hold a
/// quarter of a second's worth (this server stamps a call when its handler runs, and on a busy two-core
/// machine evenly paced calls can reach the handlers that bunched), a chat's holds <see cref="ChatBurst"/>. The <see cref="Strict"/> model is a fair
/// reading of "avoid more than one message per second in a chat": the overall limits are sliding one-second
/// windows, any two sends to one chat are at least a second apart (groups also at most
/// <see cref="GroupPerMinute"/> in any minute), and a refusal says retry_after 1.
/// </summary>
public sealed class RateLimitModel
{
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, Bucket> chats = new();
    private readonly Dictionary<string, Window> strictChats = [];
    private Bucket? free;
    private Bucket? paid;
    private Window? freeWindow;
    private Window? paidWindow;

    public double PerSecond { get; init; } = 30;

    /// <summary>0 when paid broadcasts are not in play.</summary>
    public double PaidPerSecond { get; init; }

    public double ChatPerSecond { get; init; } = 1;

    public int ChatBurst { get; init; } = 3;

    /// <summary>Strict model only: sends a group or channel may get in any minute.</summary>
    public int GroupPerMinute { get; init; } = 20;

    public bool Strict { get; init; }

    /// <summary>A 429 answer when the send at this moment would break a limit, otherwise null (and the send counts).</summary>
    public IResult? Refuse(string chatId, bool paidBroadcast, long timestamp)
    {
        var now = timestamp / (double)Stopwatch.Frequency;
        lock (gate)
        {
            return Strict ? RefuseStrictly(chatId, paidBroadcast, now) : RefuseLeniently(chatId, paidBroadcast, now);
        }
    }

    private IResult? RefuseLeniently(string chatId, bool paidBroadcast, double now)
    {
        free ??= new Bucket(PerSecond, Math.Max(1, PerSecond / 4), now);
        paid ??= PaidPerSecond > 0 ? new Bucket(PaidPerSecond, PaidPerSecond / 4, now) : null;
        var overall = paidBroadcast && paid is not null ? paid : free;
        var chat = IsGroup(chatId) ? null : chats.GetOrAdd(chatId, _ => new Bucket(ChatPerSecond, ChatBurst, now));
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

    private IResult? RefuseStrictly(string chatId, bool paidBroadcast, double now)
    {
        freeWindow ??= new Window(1, (int)PerSecond);
        paidWindow ??= PaidPerSecond > 0 ? new Window(1, (int)PaidPerSecond) : null;
        var overall = paidBroadcast && paidWindow is not null ? paidWindow : freeWindow;
        if (!strictChats.TryGetValue(chatId, out var chat))
        {
            strictChats[chatId] = chat = IsGroup(chatId) ? new Window(60, GroupPerMinute) : new Window(1 / ChatPerSecond, 1);
        }

        var group = IsGroup(chatId);
        var tooSoon = group && chat.Last is { } last && now - last < 1;
        var full = overall.IsFull(now) || chat.IsFull(now) || tooSoon || (!paidBroadcast && paidWindow is not null && paidWindow.IsFull(now));
        if (full)
        {
            return FakeBotApi.TooManyRequestsError(group && chat.IsFull(now) ? (int)Math.Ceiling(chat.WaitFor(now)) : 1);
        }

        overall.Take(now);
        chat.Take(now);
        if (!paidBroadcast && paidWindow is not null)
        {
            paidWindow.Take(now);
        }

        return null;
    }

    private static bool IsGroup(string chatId) => chatId.StartsWith('-') || chatId.StartsWith('@');

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

    /// <summary>At most <paramref name="limit"/> sends in any window of <paramref name="seconds"/>.</summary>
    private sealed class Window(double seconds, int limit)
    {
        private readonly Queue<double> sends = new();

        public double? Last { get; private set; }

        public bool IsFull(double now)
        {
            while (sends.TryPeek(out var oldest) && oldest <= now - seconds)
            {
                sends.Dequeue();
            }

            return sends.Count >= limit;
        }

        /// <summary>Seconds until the oldest send in the window leaves it.</summary>
        public double WaitFor(double now) => sends.TryPeek(out var oldest) ? Math.Max(0, oldest + seconds - now) : 0;

        public void Take(double now)
        {
            sends.Enqueue(now);
            Last = now;
        }
    }
}
