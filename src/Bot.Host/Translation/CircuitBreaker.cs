namespace GenYCity.Bot.Host.Translation;

/// <summary>
/// Leaves a failing service alone for a while: after <c>failuresToPause</c> failures in a row it is paused for
/// <c>pause</c>; then one trial call goes through (others are still turned away while it runs), and its outcome
/// either ends the pause or starts another.
/// </summary>
internal sealed class CircuitBreaker(int failuresToPause, TimeSpan pause, TimeProvider clock)
{
    private readonly Lock gate = new();
    private int failures;
    private DateTimeOffset? pausedUntil;
    private bool trialRunning;

    /// <summary>Whether a call may go to the service now; <paramref name="trial"/> when it is the one after a pause.</summary>
    public bool TryEnter(out bool trial)
    {
        lock (gate)
        {
            trial = false;
            if (pausedUntil is not { } until)
            {
                return true;
            }

            if (clock.GetUtcNow() < until || trialRunning)
            {
                return false;
            }

            trialRunning = trial = true;
            return true;
        }
    }

    /// <summary>The service answered; true when that ends a pause.</summary>
    public bool Succeeded(bool trial)
    {
        lock (gate)
        {
            if (trial)
            {
                (trialRunning, pausedUntil, failures) = (false, null, 0);
                return true;
            }

            // A call that started before a pause and ended in it says nothing the trial will not.
            if (pausedUntil is null)
            {
                failures = 0;
            }

            return false;
        }
    }

    /// <summary>The service failed or did not answer in time; true when that starts a pause.</summary>
    public bool Failed(bool trial)
    {
        lock (gate)
        {
            if (trial)
            {
                (trialRunning, pausedUntil) = (false, clock.GetUtcNow() + pause);
                return true;
            }

            if (pausedUntil is not null || ++failures < failuresToPause)
            {
                return false;
            }

            (pausedUntil, failures) = (clock.GetUtcNow() + pause, 0);
            return true;
        }
    }

    /// <summary>The caller gave up on the call: it says nothing of the service, and the next call may be the trial.</summary>
    public void Abandoned(bool trial)
    {
        if (trial)
        {
            lock (gate)
            {
                trialRunning = false;
            }
        }
    }
}
