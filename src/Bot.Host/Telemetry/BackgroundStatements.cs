using System.Diagnostics;
using OpenTelemetry;

namespace GenYCity.Bot.Host.Telemetry;

/// <summary>
/// Leaves out the database statements that belong to no trace: the outbox's claims, the leases' renewals, the
/// broadcast worker's polls and the gauges' counts, several a second on an idle bot, each a trace of its own. A
/// statement within an update, a send or a request is kept, as part of that trace. Runs before the exporters, which
/// export only what is still recorded.
/// </summary>
internal sealed class BackgroundStatements : BaseProcessor<Activity>
{
    public const string NpgsqlSource = "Npgsql";

    public override void OnEnd(Activity data)
    {
        if (data.Source.Name == NpgsqlSource && data.ParentSpanId == default)
        {
            data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        }
    }
}
