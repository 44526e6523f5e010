namespace GenYCity.Bot.Host.Delivery;

/// <summary>Tells every channel's pump at once that the outbox has something new.</summary>
public sealed class DeliverySignal
{
    private TaskCompletionSource pulse = New();
    private long version;

    /// <summary>Grows with every notice; a pump compares it with the last one it acted on.</summary>
    public long Version => Interlocked.Read(ref version);

    public void Notify()
    {
        Interlocked.Increment(ref version);
        Interlocked.Exchange(ref pulse, New()).TrySetResult();
    }

    /// <summary>Returns at the next notice, or after <paramref name="timeout"/> by <paramref name="clock"/> (the system's when none is given).</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct, TimeProvider? clock = null)
    {
        try
        {
            await Volatile.Read(ref pulse).Task.WaitAsync(timeout, clock ?? TimeProvider.System, ct);
        }
        catch (TimeoutException)
        {
            // Time to look anyway: retries come due without a notice.
        }
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
