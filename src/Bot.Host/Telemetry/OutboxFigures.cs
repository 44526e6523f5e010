using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Telemetry;

/// <summary>
/// What the bot's gauges show when a reader collects (once an export interval, a minute by default): the outbox's
/// depth and the running broadcasts' progress, read from the database (one grouped count each, on the outbox's
/// status index), and the leases this instance holds, as it last took or lost them. A database that cannot answer
/// leaves the gauges out of that collection rather than failing the export.
/// </summary>
public sealed class OutboxFigures(IServiceScopeFactory scopes, Configuration.SecretRedactor redactor, ILogger<OutboxFigures> logger)
{
    private readonly ConcurrentDictionary<string, bool> leases = new(StringComparer.Ordinal);

    /// <summary>What the last attempt to take or renew a lease came to (and false once it is given back).</summary>
    public void Lease(string key, bool held) => leases[key] = held;

    public IEnumerable<Measurement<long>> Leases() =>
        leases.Select(lease => new Measurement<long>(lease.Value ? 1 : 0, new KeyValuePair<string, object?>("bot.lease", lease.Key)));

    public IEnumerable<Measurement<long>> Depth() => Read(db =>
        db.Deliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Sending)
            .GroupBy(d => new { d.Status, d.Channel, d.Lane })
            .Select(g => new { g.Key.Status, g.Key.Channel, g.Key.Lane, Count = g.LongCount() })
            .ToList()
            .Select(g => new Measurement<long>(
                g.Count,
                new KeyValuePair<string, object?>("bot.channel", BotTelemetry.Tag(g.Channel)),
                new KeyValuePair<string, object?>("bot.lane", BotTelemetry.Tag(g.Lane)),
                new KeyValuePair<string, object?>("bot.state", g.Status == DeliveryStatus.Pending ? "pending" : "sending"))));

    public IEnumerable<Measurement<long>> Broadcasts() => Read(db =>
    {
        var running = db.Broadcasts.AsNoTracking()
            .Where(b => b.Status != BroadcastStatus.Done)
            .GroupBy(_ => 1)
            .Select(g => new { Queued = g.Sum(b => (long)b.Queued), Sent = g.Sum(b => (long)b.Sent), Unreachable = g.Sum(b => (long)b.Unreachable), Failed = g.Sum(b => (long)b.Failed), Skipped = g.Sum(b => (long)b.Skipped) })
            .FirstOrDefault();
        return new (string State, long Count)[]
        {
            ("queued", running?.Queued ?? 0),
            ("sent", running?.Sent ?? 0),
            ("unreachable", running?.Unreachable ?? 0),
            ("failed", running?.Failed ?? 0),
            ("skipped", running?.Skipped ?? 0),
        }.Select(s => new Measurement<long>(s.Count, new KeyValuePair<string, object?>("bot.state", s.State)));
    });

    // Collection calls the gauges on its own thread, synchronously; what they read is small and indexed.
    private List<Measurement<long>> Read(Func<BotDbContext, IEnumerable<Measurement<long>>> query)
    {
        try
        {
            using var scope = scopes.CreateScope();
            return [.. query(scope.ServiceProvider.GetRequiredService<BotDbContext>())];
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning("The outbox's figures could not be read for telemetry ({Error}); they are left out this time", redactor.Redact(ex.Message));
            return [];
        }
    }
}
