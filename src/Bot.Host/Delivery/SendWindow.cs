namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// At most <c>limit</c> sends in any second: the sends on their way, and those answered less than a
/// second ago (oldest first, as timestamps of the pump's clock: the system's when none is given).
/// </summary>
internal sealed class SendWindow(int limit, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly Lock gate = new();
    private readonly Queue<long> answered = new();
    private int onTheirWay;

    public bool TryTake(long now, out TimeSpan wait)
    {
        lock (gate)
        {
            var second = clock.TimestampFrequency;
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
                ? clock.GetElapsedTime(now, first + second) + TimeSpan.FromTicks(1)
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
