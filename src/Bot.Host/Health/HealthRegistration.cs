using System.Text.Json;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels;
using GenYCity.Bot.Host.Configuration;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Health;

public static class HealthRegistration
{
    private static readonly JsonSerializerOptions ResponseJson = new(JsonSerializerDefaults.Web);

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<HealthOptions>(HealthOptions.SectionName);
        builder.Services.AddSingleton<IValidateOptions<HealthOptions>, TrustedNetworksAsList>();
        builder.Services.AddSingleton<HealthDetail>();
        builder.Services.AddSingleton<ChannelHealth>();
        var checks = builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        foreach (var (name, channel) in ConfiguredChannels(builder))
        {
            checks.Add(new HealthCheckRegistration(name, sp => new ChannelHealthCheck(sp.GetRequiredService<ChannelHealth>(), channel), null, null));
        }

        return builder;
    }

    private static IEnumerable<(string Name, ChannelKind Channel)> ConfiguredChannels(WebApplicationBuilder builder) =>
        ChatChannels.On(builder).Concat(ChatChannels.Feeds(builder)).Select(channel => (ChannelTraits.For(channel).HealthCheckName, channel));

    /// <summary>
    /// GET /health/live: the process answers, for anyone; no check runs, so a slow database never gets a live
    /// instance restarted. GET /health/ready (and /health, where monitors already look): the database write probe
    /// and each channel, 200 when Healthy or Degraded and 503 when Unhealthy, with the status only; the checks,
    /// which database this is, this instance's id and who holds each lease (a channel's sending, Telegram's
    /// polling) only to a caller <see cref="HealthDetail"/> allows. Never a secret or an exception text.
    /// </summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatusAsync });
        var readiness = new HealthCheckOptions { ResponseWriter = WriteReadinessAsync };
        app.MapHealthChecks("/health/ready", readiness);
        app.MapHealthChecks("/health", readiness);
        return app;
    }

    private static Task WriteStatusAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }, ResponseJson));
    }

    private static async Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        var services = context.RequestServices;
        if (!services.GetRequiredService<HealthDetail>().IsAllowed(context))
        {
            await WriteStatusAsync(context, report);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(
            new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                provider = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Kind.ToString(),
                instance = services.GetRequiredService<Delivery.ChannelLeases>().Instance,
                leases = await LeasesAsync(services, context.RequestAborted),
            },
            ResponseJson));
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

internal sealed class HealthProbeConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<HealthProbe>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<HealthProbe> probe)
    {
        probe.HasKey(p => p.Key);
        probe.Property(p => p.Key).HasMaxLength(16);
    }
}
