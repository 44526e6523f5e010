using Microsoft.Extensions.Time.Testing;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// A fake clock that tells when a timer is set on it (a delay, a timeout): a test moves time on only once the code
/// under test waits on it, whichever thread that code runs on.
/// </summary>
internal sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly SemaphoreSlim timers = new(0);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        timers.Release();
        return timer;
    }

    /// <summary>Returns once the next timer is set (each timer is waited for once, in the order they are set).</summary>
    public async Task TimerSetAsync()
    {
        if (!await timers.WaitAsync(TimeSpan.FromSeconds(20)))
        {
            throw new TimeoutException("Waited 20 s for the code under test to set a timer, in vain.");
        }
    }
}
