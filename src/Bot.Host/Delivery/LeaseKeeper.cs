using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// The pump's hold on its channel's lease (<see cref="ChannelLease"/>): of several instances on one database
/// one sends, and another takes over when it dies. The lease is taken and renewed every LeaseRenewal; sending
/// stops a renewal interval before an unrenewed lease would run out, so the next holder, who waits for it to
/// run out, never overlaps with this one. A renewal that fails stops the sending at once (another instance
/// may take the lease once it runs out, and this one could not tell); a later renewal that finds the lease
/// still this instance's carries on with what the pump holds. Each time the lease is taken afresh (at start,
/// or from an instance that died) the messages the last holder had claimed go back to the outbox first, and
/// the pump is told to forget whatever it held from before (<see cref="Holds"/>): a message is never sent
/// twice but for one on the wire, or not yet recorded, at that moment.
/// </summary>
internal sealed class LeaseKeeper(
    Func<CancellationToken, Task<(bool Held, bool Kept)>> hold,
    Func<CancellationToken, Task> release,
    Func<CancellationToken, Task> requeueClaimed,
    DeliveryOptions options,
    DeliverySignal wakeUp,
    TimeProvider clock,
    ILogger logger,
    Configuration.SecretRedactor redactor,
    ChannelKind channel)
{
    // Until when this instance may send (a timestamp of the pump's clock), and how many times the lease was
    // taken afresh; both written by the keeping loop, read by the pump's.
    private long until;
    private int takings;

    /// <summary>The taking of the lease the pump's loop last saw; its claims are tagged with it.</summary>
    public int Epoch { get; private set; }

    /// <summary>
    /// True while this instance may send by its lease. <paramref name="takenAfresh"/>: the lease was taken afresh
    /// since the last call, so what the pump claimed before is the outbox's again and must be forgotten. For the
    /// pump's loop alone.
    /// </summary>
    public bool Holds(out bool takenAfresh)
    {
        takenAfresh = false;
        if (clock.GetTimestamp() >= Interlocked.Read(ref until))
        {
            return false;
        }

        var current = Volatile.Read(ref takings);
        if (current != Epoch)
        {
            Epoch = current;
            takenAfresh = true;
        }

        return true;
    }

    /// <summary>Takes the lease and renews it until <paramref name="stop"/>.</summary>
    public async Task KeepAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var asked = clock.GetTimestamp();
            try
            {
                var (held, kept) = await hold(stop);
                if (held && !kept)
                {
                    Interlocked.Increment(ref takings);
                    await requeueClaimed(stop);
                    logger.LogInformation("This instance now sends {Channel}'s outbox", channel);
                }

                Interlocked.Exchange(ref until, held ? asked + Ticks(options.LeaseLength - options.LeaseRenewal) : 0);
                wakeUp.Notify();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Sending stops at once: another instance may take the lease over once it runs out, and this one
                // could not tell. The sends on the wire finish; a renewal that succeeds, the lease still this
                // instance's, carries on with what it holds.
                Interlocked.Exchange(ref until, 0);
                logger.LogWarning("Renewing the {Channel} lease failed ({Error}); sending stops until it is renewed", channel, redactor.Redact(ex.Message));
            }

            try
            {
                await Task.Delay(options.LeaseRenewal, clock, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Gives the lease back at a stop, if it is held, so another instance takes over at once; the database gets <see cref="ChannelPump.StopGrace"/> for it.</summary>
    public async Task ReleaseAsync()
    {
        if (Interlocked.Read(ref until) == 0)
        {
            return;
        }

        try
        {
            using var stopping = new CancellationTokenSource(ChannelPump.StopGrace, clock);
            await release(stopping.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Could not give back the {Channel} lease ({Error}); it runs out by itself", channel, redactor.Redact(ex.Message));
        }
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * clock.TimestampFrequency);
}
