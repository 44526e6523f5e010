using System.Diagnostics;
using System.Diagnostics.Metrics;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Telemetry;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Telemetry on PostgreSQL: the gauges' queries as that database runs them, and Npgsql's spans, kept within an
/// update's trace and left out where they belong to none (the outbox's claims, the leases' renewals, every second).
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryOnPostgresTests : FakeApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    [Fact]
    public async Task TheGaugesRead_AndOnlyTheStatementsOfATrace_AreExported()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        var spans = new LockedCollection<Activity>();
        await using var bot = await RunningBot.StartTelegramAsync(
            Api,
            Database,
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)),
            $"--{TelemetryRegistration.EndpointKey}={collector.BaseUrl}",
            "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf");
        using var measured = new BotMeasurements(bot.Services.GetRequiredService<IMeterFactory>());
        var user = new TelegramUser(Api, 7401, "ru");

        user.Says("/start");
        await user.NextAsync();
        await bot.OutboxDrainedAsync();

        Assert.Equal(4, measured.Observe("genycity.outbox.depth").Count(m => m.Has("bot.channel", "telegram") && m.Value == 0));
        Assert.Equal(5, measured.Observe("genycity.broadcast.messages").Count);
        Assert.True(bot.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000), "The spans could not be exported");
        var statements = spans.Snapshot().Where(s => s.Source.Name == BackgroundStatements.NpgsqlSource).ToList();
        var updates = spans.Snapshot().Where(s => s.OperationName == "bot.update").Select(s => s.TraceId).ToHashSet();
        Assert.Contains(statements, s => updates.Contains(s.TraceId));
        Assert.DoesNotContain(statements, s => s.ParentSpanId == default);
    }
}
