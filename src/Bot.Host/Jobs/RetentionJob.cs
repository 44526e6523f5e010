using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Domain.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace GenYCity.Bot.Host.Jobs;

/// <summary>
/// Purges what is kept only for a while: processed-update ids (they name chats) and finished deliveries
/// (they hold messages and chat ids) older than the retention period, and exported files (CSV exports and
/// /mydata documents, already sent) older than a day. Broadcasts keep their final counts on their own row.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(
    IServiceScopeFactory scopes, ExportFolder exports, TimeProvider clock, IOptions<PrivacyOptions> options, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", "privacy");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-options.Value.RetentionDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var updates = await db.ProcessedUpdates.Where(u => u.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var deliveries = await db.Deliveries
            .Where(d => d.Status != DeliveryStatus.Pending && d.Status != DeliveryStatus.Sending && d.CompletedAt != null && d.CompletedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        var files = exports.Purge(now.AddDays(-1));
        logger.LogInformation(
            "Retention: removed {Updates} processed-update ids, {Deliveries} finished deliveries and {Files} exported files", updates, deliveries, files);
    }
}
