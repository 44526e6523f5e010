using System.Diagnostics;
using OpenTelemetry;

namespace GenYCity.Bot.Host.Telemetry;

/// <summary>
/// Cuts the bot's secrets out of every span before an exporter sees it, as the log lines are: a request's address or
/// query (a Messenger handshake carries the verify token), an error's description. The first processor of the
/// tracer, so the exporters after it only ever read the scrubbed span.
/// </summary>
internal sealed class SecretScrubber(Configuration.SecretRedactor redactor) : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        foreach (var (key, value) in data.TagObjects.Where(t => t.Value is string).ToList())
        {
            var text = (string)value!;
            var scrubbed = redactor.Redact(text);
            if (scrubbed != text)
            {
                data.SetTag(key, scrubbed);
            }
        }

        if (data.StatusDescription is { } description && redactor.Redact(description) is var status && status != description)
        {
            data.SetStatus(data.Status, status);
        }

        data.DisplayName = redactor.Redact(data.DisplayName);
    }
}
