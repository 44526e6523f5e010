using System.Text.Json;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels.Messenger;
using GenYCity.Bot.Host.Channels.Telegram;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenYCity.Bot.Host.Health;

public static class HealthRegistration
{
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

    /// <summary>GET /health: overall status and one line per check, never a secret or an exception text.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                }));
            },
        });
        return app;
    }
}

internal sealed class DatabaseHealthCheck(BotDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database unreachable");
}
