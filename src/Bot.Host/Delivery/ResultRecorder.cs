using System.Threading.Channels;
using GenYCity.Bot.Domain.Messaging;
using Polly;
using Polly.Retry;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// Records what the sends came to (<see cref="DeliveryStore.RecordAsync"/>) as they come, many to a transaction
/// under load, and only then hands their slots back: a send holds its slot until its result is recorded, so at
/// any moment at most MaxInFlight messages are on the wire or sent but not yet recorded, which bounds what a
/// crash or an outage can make go twice. While the database refuses the results, <see cref="Fails"/> stops the
/// sending and the results wait here, tried again until the database is back, however long that takes; when the
/// bot stops meanwhile, they are given up after one more try within <see cref="ChannelPump.StopGrace"/> (left
/// claimed, those messages are sent again after the next start: at least once, never lost).
/// </summary>
internal sealed class ResultRecorder(
    Func<IReadOnlyList<Completion>, CancellationToken, Task> record,
    int batchSize,
    TimeProvider clock,
    ILogger logger,
    Configuration.SecretRedactor redactor,
    ChannelKind channel)
{
    private readonly Channel<Completion> completions = Channel.CreateUnbounded<Completion>(new UnboundedChannelOptions { SingleReader = true });

    // Set while the database refuses the sends' results: nothing more is sent until it takes them.
    private volatile bool fails;

    /// <summary>True while the database refuses the results: nothing more may be sent until it takes them.</summary>
    public bool Fails => fails;

    /// <summary>Queues a send's result; false once the recorder is completed (stopping), when the caller keeps its slot's fate.</summary>
    public bool TryAdd(Completion completion) => completions.Writer.TryWrite(completion);

    /// <summary>No more results come: <see cref="RunAsync"/> records those queued and returns.</summary>
    public void Complete() => completions.Writer.Complete();

    /// <summary>
    /// Writes results until <see cref="Complete"/>; after each batch, written or given up, <paramref name="recorded"/>
    /// is told how many results it held, to hand their slots back.
    /// </summary>
    public async Task RunAsync(Action<int> recorded, CancellationToken stop)
    {
        var batch = new List<Completion>();
        var retrying = Retrying(batch, stop);
        while (await completions.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < batchSize && completions.Reader.TryRead(out var completion))
            {
                batch.Add(completion);
            }

            try
            {
                // The pause between tries is not cut short by a stop: the try after it is the last, within the grace.
                await retrying.ExecuteAsync(
                    async _ =>
                    {
                        // Stopping, the database has a few seconds to take them, not a connection's full timeout.
                        using var stopping = stop.IsCancellationRequested ? new CancellationTokenSource(ChannelPump.StopGrace, clock) : null;
                        await record(batch, stopping?.Token ?? CancellationToken.None);
                    },
                    CancellationToken.None);
                if (fails)
                {
                    fails = false;
                    logger.LogInformation("The database takes {Channel}'s results again; sending goes on", channel);
                }
            }
            catch (Exception ex)
            {
                logger.LogError("Could not record {Count} sends on {Channel} before stopping ({Error}); they stay claimed and go again after the next start", batch.Count, channel, redactor.Redact(ex.Message));
            }

            recorded(batch.Count);
        }
    }

    /// <summary>
    /// Tries a batch again until the database takes it, however long that takes, but not past a stop: 0.1 s, 0.2 s,
    /// 0.4 s … at most a second between tries, so results are written soon after the database is back. The first
    /// failure stops the sending.
    /// </summary>
    private ResiliencePipeline Retrying(List<Completion> batch, CancellationToken stop) => new ResiliencePipelineBuilder { TimeProvider = clock }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(_ => !stop.IsCancellationRequested),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = false,
            Delay = TimeSpan.FromMilliseconds(100),
            MaxDelay = TimeSpan.FromSeconds(1),
            OnRetry = failed =>
            {
                if (!fails)
                {
                    fails = true;
                    logger.LogWarning("Recording {Count} sends on {Channel} failed ({Error}); sending stops until they are recorded", batch.Count, channel, redactor.Redact(failed.Outcome.Exception?.Message ?? string.Empty));
                }

                return ValueTask.CompletedTask;
            },
        })
        .Build();
}
