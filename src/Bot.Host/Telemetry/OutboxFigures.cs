using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Telemetry;

/// <summary>
/// What the bot's gauges show when a reader collects (once an export interval, a minute by default): the outbox's
/// depth and the running broadcasts' progress, read from the database (one grouped count on the outbox's status
/// index; the few running broadcasts), and the leases this instance holds, as it last took or lost them. The first
/// two are the whole database's, so every instance reports the same figures. A database that cannot answer
/// leaves the gauges out of that collection rather than failing the export.
/// </summary>
public sealed class OutboxFigures(IServiceScopeFactory scopes, Configuration.SecretRedactor redactor, ILogger<OutboxFigures> logger)
{
    // Each lease this instance tried to take, and until when (a timestamp) its last successful taking holds it.
    private readonly ConcurrentDictionary<string, long> leases = new(StringComparer.Ordinal);

    /// <summary>
    /// What the last attempt to take or renew a lease came to: held for <paramref name="length"/> from now, or not
    /// held (not taken, given back, or a renewal that failed, when what holds it stops using it).
    /// </summary>
    public void Lease(string key, bool held, TimeSpan length) =>
        leases[key] = held ? Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency) : 0;

    /// <summary>1 for a lease held now, 0 for one tried and not held, or held once and not renewed in time.</summary>
    public IEnumerable<Measurement<long>> Leases()
    {
        var now = Stopwatch.GetTimestamp();
        return leases.Select(lease => new Measurement<long>(lease.Value > now ? 1 : 0, new KeyValuePair<string, object?>("bot.lease", lease.Key)));
    }

    /// <summary>
    /// Every running channel's lanes in both states, 0 included (a series that stops when the outbox drains would
    /// show its last count for minutes), and any other channel with messages waiting.
    /// </summary>
    public IEnumerable<Measurement<long>> Depth() => Read((db, services) =>
    {
        var counts = db.Deliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Sending)
            .GroupBy(d => new { d.Status, d.Channel, d.Lane })
            .Select(g => new { g.Key.Status, g.Key.Channel, g.Key.Lane, Count = g.LongCount() })
            .ToList()
            .ToDictionary(g => (g.Channel, g.Lane, g.Status), g => g.Count);
        var channels = services.GetServices<IChannelSender>().Select(s => s.Channel).Concat(counts.Keys.Select(k => k.Channel)).Distinct();
        return
            from channel in channels
            from lane in DeliveryLanes.InOrder
            from status in new[] { DeliveryStatus.Pending, DeliveryStatus.Sending }
            select new Measurement<long>(
                counts.GetValueOrDefault((channel, lane, status)),
                new KeyValuePair<string, object?>("bot.channel", BotTelemetry.Tag(channel)),
                new KeyValuePair<string, object?>("bot.lane", BotTelemetry.Tag(lane)),
                new KeyValuePair<string, object?>("bot.state", status == DeliveryStatus.Pending ? "pending" : "sending"));
    });

    /// <summary>The messages of the broadcasts not done yet, together: queued, then what became of them.</summary>
    public IEnumerable<Measurement<long>> Broadcasts() => Read((db, _) =>
    {
        // A handful of rows: the running broadcasts.
        var running = db.Broadcasts.AsNoTracking()
            .Where(b => b.Status != BroadcastStatus.Done)
            .Select(b => new { b.Queued, b.Sent, b.Unreachable, b.Failed, b.Skipped })
            .ToList();
        return new (string State, long Count)[]
        {
            ("queued", running.Sum(b => (long)b.Queued)),
            ("sent", running.Sum(b => (long)b.Sent)),
            ("unreachable", running.Sum(b => (long)b.Unreachable)),
            ("failed", running.Sum(b => (long)b.Failed)),
            ("skipped", running.Sum(b => (long)b.Skipped)),
        }.Select(s => new Measurement<long>(s.Count, new KeyValuePair<string, object?>("bot.state", s.State)));
    });

    // Collection calls the gauges on its own thread, synchronously; what they read is small and indexed.
    private List<Measurement<long>> Read(Func<BotDbContext, IServiceProvider, IEnumerable<Measurement<long>>> query)
    {
        try
        {
            using var scope = scopes.CreateScope();
            return [.. query(scope.ServiceProvider.GetRequiredService<BotDbContext>(), scope.ServiceProvider)];
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning("The outbox's figures could not be read for telemetry ({Error}); they are left out this time", redactor.Redact(ex.Message));
            return [];
        }
    }
}
