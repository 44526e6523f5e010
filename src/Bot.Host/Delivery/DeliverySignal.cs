namespace GenYCity.Bot.Host.Delivery;

/// <summary>Wakes the delivery worker as soon as new messages are in the outbox.</summary>
public sealed class DeliverySignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the worker will look at the outbox anyway.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct) => await signal.WaitAsync(timeout, ct);

    public void Dispose() => signal.Dispose();
}
