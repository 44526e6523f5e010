using System.Text.Json;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels.Messenger;
using GenYCity.Bot.Host.Channels.Telegram;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenYCity.Bot.Host.Health;

public static class HealthRegistration
{
    private static readonly JsonSerializerOptions ResponseJson = new(JsonSerializerDefaults.Web);

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ChannelHealth>();
        var checks = builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        foreach (var (name, channel) in ConfiguredChannels(builder.Configuration))
        {
            checks.Add(new HealthCheckRegistration(name, sp => new ChannelHealthCheck(sp.GetRequiredService<ChannelHealth>(), channel), null, null));
        }

        return builder;
    }

    private static IEnumerable<(string Name, ChannelKind Channel)> ConfiguredChannels(IConfiguration configuration)
    {
        if (TelegramRegistration.IsConfigured(configuration))
        {
            yield return ("telegram", ChannelKind.Telegram);
        }
        else
        {
            yield return ("console", ChannelKind.Console);
        }

        if (MessengerRegistration.ChatEnabled(configuration))
        {
            yield return ("messenger", ChannelKind.Messenger);
        }

        if (MessengerRegistration.IsConfigured(configuration))
        {
            yield return ("facebook-page", ChannelKind.FacebookPage);
        }
    }

    /// <summary>
    /// GET /health: overall status and one line per check, never a secret or an exception text; and, asked
    /// from the machine itself, for running several instances: which database this is, this instance's id,
    /// and which instance holds each lease (a channel's sending, Telegram's polling).
    /// </summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                var services = context.RequestServices;
                var status = new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                };
                context.Response.ContentType = "application/json";
                // Host names and process ids only to the machine itself: a load balancer passes the status on.
                await context.Response.WriteAsync(context.Connection.RemoteIpAddress is { } caller && System.Net.IPAddress.IsLoopback(caller)
                    ? JsonSerializer.Serialize(new
                    {
                        status.status,
                        status.checks,
                        provider = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.Kind.ToString(),
                        instance = services.GetRequiredService<Delivery.ChannelLeases>().Instance,
                        leases = await LeasesAsync(services, context.RequestAborted),
                    }, ResponseJson)
                    : JsonSerializer.Serialize(status, ResponseJson));
            },
        });
        return app;
    }

    /// <summary>Who holds which lease, until when (by the database's clock), or null when the database cannot say.</summary>
    private static async Task<Dictionary<string, LeaseView>?> LeasesAsync(IServiceProvider services, CancellationToken ct)
    {
        try
        {
            var db = services.GetRequiredService<BotDbContext>();
            var leases = await db.ChannelLeases.AsNoTracking().ToListAsync(ct);
            return leases.ToDictionary(l => l.Key, l => new LeaseView(l.Holder, DateTimeOffset.FromUnixTimeMilliseconds(l.ExpiresAt)));
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return null;
        }
    }
}

/// <summary>A lease as /health shows it.</summary>
internal sealed record LeaseView(string Holder, DateTimeOffset Until);

/// <summary>
/// The database can be written: a read-only file or a full disk still lets a bot connect and read, but
/// not answer anyone. One small row is written and committed; a database busy past a short wait is
/// Degraded (a long transaction elsewhere), any other failure Unhealthy.
/// </summary>
internal sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var busy = SqliteBusyTimeout.Within(BusyTimeout);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "HealthProbes" ("Key", "WrittenAt") VALUES ('probe', {0}) ON CONFLICT ("Key") DO UPDATE SET "WrittenAt" = excluded."WrittenAt" """,
                [clock.GetUtcNow().ToUnixTimeMilliseconds()],
                cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            return HealthCheckResult.Degraded("database busy");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("database cannot be written");
        }
    }
}

/// <summary>The row the health check writes.</summary>
public sealed class HealthProbe
{
    private HealthProbe()
    {
        Key = string.Empty;
    }

    public string Key { get; private set; }

    public long WrittenAt { get; private set; }
}

internal sealed class HealthProbeConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<HealthProbe>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<HealthProbe> probe)
    {
        probe.HasKey(p => p.Key);
        probe.Property(p => p.Key).HasMaxLength(16);
    }
}
