using System.Collections.Concurrent;
using GenYCity.Bot.Domain.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenYCity.Bot.Host.Health;

/// <summary>
/// How each channel did at its last call to its platform (a poll, a webhook set-up, a send). /health
/// shows it per channel: Healthy until a call fails, Degraded while the latest one has failed.
/// </summary>
public sealed class ChannelHealth
{
    private readonly ConcurrentDictionary<ChannelKind, bool> latest = new();

    public void Report(ChannelKind channel, bool ok) => latest[channel] = ok;

    public HealthCheckResult Check(ChannelKind channel) => latest.TryGetValue(channel, out var ok) && !ok
        ? HealthCheckResult.Degraded("the latest call to the platform failed")
        : HealthCheckResult.Healthy();
}

internal sealed class ChannelHealthCheck(ChannelHealth health, ChannelKind channel) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(health.Check(channel));
}
