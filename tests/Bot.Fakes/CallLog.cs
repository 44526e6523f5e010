namespace GenYCity.Bot.Fakes;

/// <summary>
/// The calls a fake server received, in the order of their sequence numbers (taken as they arrived; two at once may be
/// added the other way round), and a wait for one that matches: woken by each new call (no polling), and when it gives
/// up, saying what it waited for and what came instead.
/// </summary>
public sealed class CallLog<TCall>(string server, Func<TCall, long> sequence, Func<TCall, string> describe)
    where TCall : class
{
    private readonly Lock gate = new();
    private readonly List<TCall> calls = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The calls so far, in the order they came.</summary>
    public IReadOnlyList<TCall> All
    {
        get
        {
            lock (gate)
            {
                return [.. calls.OrderBy(sequence)];
            }
        }
    }

    public void Add(TCall call)
    {
        TaskCompletionSource woken;
        lock (gate)
        {
            calls.Add(call);
            woken = changed;
            changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        woken.TrySetResult();
    }

    /// <summary>The first call that matches, as soon as there is one; a <see cref="TimeoutException"/> naming <paramref name="what"/> after the timeout.</summary>
    public async Task<TCall> WaitForAsync(Func<TCall, bool> match, TimeSpan? timeout, string what)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            Task wait;
            lock (gate)
            {
                if (calls.OrderBy(sequence).FirstOrDefault(match) is { } found)
                {
                    return found;
                }

                wait = changed.Task;
            }

            try
            {
                await wait.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No {server} call matched {what}. Calls so far: {string.Join(", ", All.Select(describe))}");
            }
        }
    }
}
