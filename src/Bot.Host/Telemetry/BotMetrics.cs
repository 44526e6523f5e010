using System.Diagnostics;
using System.Diagnostics.Metrics;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Dispatch;

namespace GenYCity.Bot.Host.Telemetry;

/// <summary>
/// The bot's own metrics, on the meter <see cref="BotTelemetry.Name"/> made by the host's meter factory. Counters
/// and histograms are recorded where things happen (a handled update, a send, a job's run); the outbox's depth,
/// the running broadcasts' progress and the leases this instance holds are read when a reader collects
/// (<see cref="OutboxFigures"/>). With no listener, recording costs a check and nothing more.
/// </summary>
public sealed class BotMetrics
{
    // Seconds, from a millisecond to a minute: a unit of work, a platform's answer, a job's run.
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    };

    private readonly Counter<long> updates;
    private readonly Histogram<double> updateDuration;
    private readonly Counter<long> sends;
    private readonly Histogram<double> sendDuration;
    private readonly Counter<long> jobRuns;
    private readonly Histogram<double> jobDuration;

    public BotMetrics(IMeterFactory meters, OutboxFigures figures)
    {
        var meter = meters.Create(BotTelemetry.Name);
        updates = meter.CreateCounter<long>("genycity.updates", "{update}", "Updates from people, by channel and what became of them");
        updateDuration = meter.CreateHistogram<double>(
            "genycity.update.duration", "s", "From the start of an update's unit of work to its commit", advice: Seconds);
        sends = meter.CreateCounter<long>("genycity.sends", "{message}", "Messages sent to the platforms, by channel, lane and result");
        sendDuration = meter.CreateHistogram<double>("genycity.send.duration", "s", "How long a platform took to answer a send", advice: Seconds);
        jobRuns = meter.CreateCounter<long>("genycity.job.runs", "{run}", "Scheduled jobs' runs, by job and outcome");
        jobDuration = meter.CreateHistogram<double>("genycity.job.duration", "s", "How long a scheduled job ran", advice: Seconds);
        meter.CreateObservableGauge("genycity.outbox.depth", figures.Depth, "{message}", "Messages waiting in the outbox or on their way, by channel, lane and state");
        meter.CreateObservableGauge("genycity.broadcast.messages", figures.Broadcasts, "{message}", "Running broadcasts' messages: queued, sent, unreachable, failed, skipped");
        meter.CreateObservableGauge("genycity.lease.held", figures.Leases, "{lease}", "1 for each lease (a channel's sending, Telegram's polling) this instance holds, 0 for one it tried and does not");
    }

    /// <summary>Updates of one unit of work, each with what became of it, and how long the unit took to its commit.</summary>
    public void Handled(IReadOnlyList<InboundMessage> messages, IReadOnlyList<DispatchOutcome> outcomes, TimeSpan took)
    {
        if (!updates.Enabled && !updateDuration.Enabled)
        {
            return;
        }

        for (var i = 0; i < messages.Count; i++)
        {
            var channel = new KeyValuePair<string, object?>("bot.channel", BotTelemetry.Tag(messages[i].Channel));
            updates.Add(1, channel, new KeyValuePair<string, object?>("bot.outcome", Tag(outcomes[i])));
            updateDuration.Record(took.TotalSeconds, channel);
        }
    }

    public void Sent(ChannelKind channel, DeliveryLane lane, SendResult result, TimeSpan took)
    {
        if (!sends.Enabled && !sendDuration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { "bot.channel", BotTelemetry.Tag(channel) },
            { "bot.lane", BotTelemetry.Tag(lane) },
            { "bot.send.result", Tag(result) },
        };
        sends.Add(1, tags);
        if (result is not SendResult.Skipped)
        {
            sendDuration.Record(took.TotalSeconds, tags);
        }
    }

    public void JobRan(string job, bool failed, TimeSpan took)
    {
        var name = new KeyValuePair<string, object?>("bot.job", job);
        jobRuns.Add(1, name, new KeyValuePair<string, object?>("bot.outcome", failed ? "failed" : "done"));
        jobDuration.Record(took.TotalSeconds, name);
    }

    public static string Tag(DispatchOutcome outcome) => outcome switch
    {
        DispatchOutcome.Handled => "handled",
        DispatchOutcome.Duplicate => "duplicate",
        DispatchOutcome.Apologised => "apologised",
        DispatchOutcome.RetryLater => "retry_later",
        DispatchOutcome.Ignored => "ignored",
        _ => outcome.ToString(),
    };

    /// <summary>
    /// A send's result as the dashboards group it: 429s apart from other waits, a refused token apart from both, 403s
    /// (blocked, gone) apart from refusals.
    /// </summary>
    public static string Tag(SendResult result) => result switch
    {
        SendResult.Sent => "sent",
        SendResult.RetryLater { Cause: RetryCause.RateLimited } => "rate_limited",
        SendResult.RetryLater { Cause: RetryCause.Unauthorized } => "unauthorized",
        SendResult.RetryLater => "retry",
        SendResult.Unreachable => "unreachable",
        SendResult.Failed => "failed",
        SendResult.Skipped => "skipped",
        SendResult.Migrated => "migrated",
        _ => "other",
    };
}
