using System.Diagnostics;
using System.Threading.Channels;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels;
using GenYCity.Bot.Host.Persistence;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Dispatch;

/// <summary>
/// Webhook calls that arrive while others are being handled wait for the next batch: one loop takes what
/// has come in (up to <see cref="MaxBatch"/> updates, in the order they came) and dispatches it as one
/// transaction, then answers each call with its own update's outcome. A call alone is handled at once; under
/// load many share one commit instead of queueing for the database one by one.
/// </summary>
public sealed class WebhookBatches(Dispatcher dispatcher, IOptions<WebhookOptions> webhooks, ILogger<WebhookBatches> logger) : BackgroundService
{
    public const int MaxBatch = 100;

    private readonly Channel<Call> calls = Channel.CreateUnbounded<Call>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Dispatches one call's updates, in order, in the next batch; what became of each.</summary>
    public async Task<IReadOnlyList<DispatchOutcome>> DispatchAsync(IReadOnlyList<InboundMessage> messages, CancellationToken ct)
    {
        var call = new Call(messages, new TaskCompletionSource<IReadOnlyList<DispatchOutcome>>(TaskCreationOptions.RunContinuationsAsynchronously), Activity.Current?.Context ?? default);
        if (!calls.Writer.TryWrite(call))
        {
            throw new OperationCanceledException("The bot is stopping.");
        }

        return await call.Outcomes.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Call>();
        try
        {
            while (await calls.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                var size = 0;
                while (size < MaxBatch && calls.Reader.TryPeek(out var next) && (batch.Count == 0 || size + next.Messages.Count <= MaxBatch) && calls.Reader.TryRead(out next))
                {
                    batch.Add(next);
                    size += next.Messages.Count;
                }

                await DispatchAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            calls.Writer.TryComplete();
            while (calls.Reader.TryRead(out var left))
            {
                left.Outcomes.TrySetCanceled(stoppingToken);
            }
        }
    }

    private async Task DispatchAsync(List<Call> batch, CancellationToken ct)
    {
        // Each statement waits for a busy database no longer than a webhook call can afford.
        using var busy = SqliteBusyTimeout.Within(webhooks.Value.BusyTimeout);
        logger.LogDebug("Dispatching {Calls} webhook calls in one transaction", batch.Count);
        try
        {
            // The unit of work is linked to each request whose updates it holds: its trace shows where they came from.
            var requests = Telemetry.BotTelemetry.Source.HasListeners() ? batch.Where(c => c.Request != default).Select(c => new ActivityLink(c.Request)).ToList() : null;
            var outcomes = await dispatcher.DispatchAsync(batch.SelectMany(c => c.Messages).ToList(), ct, requests);
            var at = 0;
            foreach (var call in batch)
            {
                call.Outcomes.TrySetResult(outcomes.Skip(at).Take(call.Messages.Count).ToList());
                at += call.Messages.Count;
            }
        }
        catch (Exception ex)
        {
            if (!ct.IsCancellationRequested)
            {
                logger.LogError(ex, "A batch of {Count} webhook calls failed", batch.Count);
            }

            batch.ForEach(call => call.Outcomes.TrySetException(ex));
        }
    }

    /// <summary>One webhook call's updates, what became of them, and the span of the request that brought them.</summary>
    private sealed record Call(IReadOnlyList<InboundMessage> Messages, TaskCompletionSource<IReadOnlyList<DispatchOutcome>> Outcomes, ActivityContext Request);
}
