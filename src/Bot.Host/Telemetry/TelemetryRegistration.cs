using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GenYCity.Bot.Host.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>OpenTelemetry's standard setting that turns the export on: the collector's address.</summary>
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The service's name when OTEL_SERVICE_NAME does not give one.</summary>
    public const string DefaultServiceName = "genycity-bot";

    /// <summary>
    /// The bot's meter and spans are always there (with nothing listening they cost a check). Traces, metrics and
    /// logs are exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set, configured by OpenTelemetry's own
    /// variables (OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_EXPORTER_OTLP_HEADERS, OTEL_SERVICE_NAME,
    /// OTEL_RESOURCE_ATTRIBUTES, OTEL_METRIC_EXPORT_INTERVAL…): the bot's spans and meter, ASP.NET Core's (the
    /// webhooks, the dashboard), Npgsql's; and the meters of HttpClient (the platforms' APIs), EF Core and the runtime.
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OutboxFigures>();
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddSingleton<JobRunsMeter>();
        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointKey]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            // The bot's name, unless OpenTelemetry's variables give another (read after it, they win), and the instance
            // as /health names it and as it holds the leases, so a panel can say which instance sends.
            .ConfigureResource(resource => resource
                .AddService(DefaultServiceName, serviceVersion: typeof(TelemetryRegistration).Assembly.GetName().Version?.ToString(), autoGenerateServiceInstanceId: false)
                .AddEnvironmentVariableDetector()
                .AddDetector(services => new InstanceDetector(services.GetRequiredService<Delivery.ChannelLeases>().Instance)))
            .WithTracing(tracing => tracing
                .AddProcessor(new BackgroundStatements())
                .AddProcessor(services => new SecretScrubber(services.GetRequiredService<Configuration.SecretRedactor>()))
                // HttpClient's own spans are left out: a Bot API address holds the bot's token. The send's span is the bot's.
                .AddSource(BotTelemetry.Name, BackgroundStatements.NpgsqlSource)
                // The probes' requests, every few seconds from the orchestrator, would bury the bot's own.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health")))
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http",
                    "System.Runtime", "Microsoft.EntityFrameworkCore", "Npgsql"))
            .WithLogging()
            .UseOtlpExporter();
        return builder;
    }

    private sealed class InstanceDetector(string instance) : IResourceDetector
    {
        public Resource Detect() => new([new("service.instance.id", instance)]);
    }
}
