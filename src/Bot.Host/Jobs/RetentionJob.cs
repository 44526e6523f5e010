using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace GenYCity.Bot.Host.Jobs;

/// <summary>
/// Purges what is kept only for a while, as the privacy notice says: processed-update records and finished
/// deliveries older than the retention period, drafts left unfinished that long, people who never
/// consented and have not written that long, and exported files (CSV exports and /mydata documents,
/// already sent) older than a day. Broadcasts keep their final counts on their own row. Then SQLite's
/// write-ahead log is checkpointed, so nothing purged stays readable there.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(
    IServiceScopeFactory scopes, WriteGate writes, ExportFolder exports, IEnumerable<IRetentionPart> parts, IEnumerable<Dashboard.IUploadUser> uploadUsers, TimeProvider clock, IOptions<PrivacyOptions> options, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", "privacy");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-options.Value.RetentionDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        // Each purge takes its turn at SQLite's one write lock, so updates are handled in between.
        Task<int> Write(Func<Task<int>> purge) => writes.WriteAsync(purge, cancellationToken);
        var updates = await Write(() => db.ProcessedUpdates.Where(u => u.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken));
        // A message count is needed for minutes: a day-old one, and its mute, are over.
        var dayAgo = (now - TimeSpan.FromDays(1)).ToUnixTimeMilliseconds();
        await Write(() => db.FloodWindows.Where(w => w.WindowStart < dayAgo && (w.MutedUntil == null || w.MutedUntil < dayAgo)).ExecuteDeleteAsync(cancellationToken));
        var deliveries = await Write(() => db.Deliveries
            .Where(d => d.Status != DeliveryStatus.Pending && d.Status != DeliveryStatus.Sending && d.CompletedAt != null && d.CompletedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken));
        var drafts = await Write(() => db.Conversations.Where(c => c.UpdatedAt < cutoff).ExecuteDeleteAsync(cancellationToken));
        // Without consent only the chat id and language are kept, and only while the person is around.
        var strangers = await Write(() => db.Members.Where(m => m.Consent != ConsentStatus.Given && m.LastMessageAt < cutoff).ExecuteDeleteAsync(cancellationToken));
        // Dashboard sign-in links long expired, and announcements' photos long sent.
        var links = await Write(() => db.DashboardLinks.Where(l => l.ExpiresAt < cutoff).ExecuteDeleteAsync(cancellationToken));
        links += await Write(() => db.DashboardSessions.Where(s => s.ExpiresAt < cutoff).ExecuteDeleteAsync(cancellationToken));
        var inUse = new List<string>();
        foreach (var user in uploadUsers)
        {
            inUse.AddRange(await user.KeysInUseAsync(db, cancellationToken));
        }

        var photos = await Write(() => db.DashboardUploads.Where(u => u.CreatedAt < cutoff && !inUse.Contains(u.Key)).ExecuteDeleteAsync(cancellationToken));
        var purged = new List<(string What, int Count)>();
        foreach (var part in parts)
        {
            purged.Add((part.What, await Write(() => part.PurgeAsync(db, cutoff, cancellationToken))));
        }

        var files = exports.Purge(now - PrivacyOptions.FileRetention);
        await WalCheckpoint.CheckpointAsync(scopes, writes, cancellationToken);
        logger.LogInformation(
            "Retention: removed {Updates} processed-update records, {Deliveries} finished deliveries, {Drafts} stale drafts, {Members} people who never consented, {Links} dashboard links and sessions, {Photos} announcement photos and {Files} exported files",
            updates, deliveries, drafts, strangers, links, photos, files);
        foreach (var (what, count) in purged)
        {
            logger.LogInformation("Retention: removed {Count} {What}", count, what);
        }
    }
}
