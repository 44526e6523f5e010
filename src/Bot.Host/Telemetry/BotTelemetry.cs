using System.Diagnostics;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Telemetry;

/// <summary>
/// The bot's own traces, under one name with its meter (<see cref="BotMetrics"/>). An update's trace runs from its
/// receipt (the webhook's request, or the poll that fetched it) through its unit of work to each message it wrote,
/// whose send continues the trace from the outbox row (<see cref="TraceParentOf"/>), on whichever instance sends it.
/// With no listener (telemetry off) no span is made and nothing is written to the rows.
/// </summary>
public static class BotTelemetry
{
    public const string Name = "GenYCity.Bot";

    public static readonly ActivitySource Source = new(Name, typeof(BotTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>
    /// The span being recorded now (an update's, or a dashboard request's), as a W3C traceparent for an outbox row;
    /// null when telemetry is off (a request's span may still be there, marked recorded by a caller's header).
    /// </summary>
    public static string? CurrentTraceParent() =>
        Source.HasListeners() && Activity.Current is { Recorded: true, IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>The span a row's send continues: the one that wrote it, when it was recorded.</summary>
    public static ActivityContext TraceParentOf(string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, out var parent) ? parent : default;

    /// <summary>How a channel is named in spans and metrics: as /health names it.</summary>
    public static string Tag(ChannelKind channel) => ChannelTraits.For(channel).HealthCheckName;

    public static string Tag(DeliveryLane lane) => lane == DeliveryLane.Broadcast ? "broadcast" : "reply";
}
