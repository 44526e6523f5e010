using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// Meta's messaging limit: the number may reach at most <see cref="WhatsAppOptions.BusinessInitiatedPerDay"/> people with
/// templates in a moving 24 hours. Who was reached is read from the database (every few minutes, so what another instance
/// sent before it handed the channel over is known) and kept here while the sender sends: a place is taken before a
/// template goes, so sends in flight at once never pass the limit together; it is given back when the template did not
/// go, and recorded once Meta has taken it.
/// </summary>
internal sealed class BusinessInitiatedLimit(IServiceScopeFactory scopes, IOptions<WhatsAppOptions> options, TimeProvider clock, ILogger<BusinessInitiatedLimit> logger)
    : IDisposable
{
    public const string ReachedReason = "WhatsApp's messaging limit: the number has reached as many people with templates as it may in 24 hours";

    public static readonly TimeSpan Day = TimeSpan.FromHours(24);

    /// <summary>How long what was read is trusted before it is read again (an instance taking the channel over reads it soon).</summary>
    private static readonly TimeSpan Reload = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);

    // Reached by a template Meta took, by when (from the database and this instance's own sends).
    private Dictionary<string, DateTimeOffset> reached = new(StringComparer.Ordinal);

    // Places taken by templates on their way, by chat (a count: a chat's place is free once none is on its way).
    private readonly Dictionary<string, int> taking = new(StringComparer.Ordinal);
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    /// <summary>Takes a place for a template to this chat; false when the limit is reached (someone reached already today always has one).</summary>
    public async Task<bool> TryTakeAsync(string chatId, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            await CurrentAsync(ct);
            var known = reached.ContainsKey(chatId) || taking.ContainsKey(chatId);
            if (!known && reached.Count + taking.Keys.Count(chat => !reached.ContainsKey(chat)) >= options.Value.BusinessInitiatedPerDay)
            {
                return false;
            }

            taking[chatId] = taking.GetValueOrDefault(chatId) + 1;
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>How many more people templates may reach now (for a preview), as the database says: any instance may ask.</summary>
    public async Task<int> RemainingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var since = clock.GetUtcNow() - Day;
        var reachedToday = await scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<WhatsAppTemplateSend>().AsNoTracking()
            .Where(s => s.SentAt > since).Select(s => s.ChatId).Distinct().CountAsync(ct);
        return Math.Max(0, options.Value.BusinessInitiatedPerDay - reachedToday);
    }

    /// <summary>
    /// The template went (recorded: what the limit counts and what the city pays for), or did not (its place is free
    /// again). A record that cannot be written is said in the log and never sends the template again.
    /// </summary>
    public async Task FinishAsync(string chatId, string kind, bool sent)
    {
        await gate.WaitAsync(CancellationToken.None);
        try
        {
            if (taking.TryGetValue(chatId, out var count) && count > 1)
            {
                taking[chatId] = count - 1;
            }
            else
            {
                taking.Remove(chatId);
            }

            if (sent)
            {
                // Meta counts a person from their latest template: the place is theirs for a day from now.
                reached[chatId] = clock.GetUtcNow();
            }
        }
        finally
        {
            gate.Release();
        }

        if (!sent)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            db.Set<WhatsAppTemplateSend>().Add(new WhatsAppTemplateSend(chatId, kind, clock.GetUtcNow()));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or TimeoutException or System.Data.Common.DbException)
        {
            logger.LogWarning("A WhatsApp template was sent but could not be recorded ({Error}); the limit counts it here until a restart", ex.GetType().Name);
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>Who was reached in the last 24 hours, read again when it is time.</summary>
    private async Task CurrentAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now - loadedAt > Reload)
        {
            await using var scope = scopes.CreateAsyncScope();
            var since = now - Day;
            var rows = await scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<WhatsAppTemplateSend>().AsNoTracking()
                .Where(s => s.SentAt > since)
                .GroupBy(s => s.ChatId)
                .Select(g => new { ChatId = g.Key, Latest = g.Max(s => s.SentAt) })
                .ToListAsync(ct);
            var fresh = rows.ToDictionary(r => r.ChatId, r => r.Latest, StringComparer.Ordinal);
            // This instance's own sends not yet readable there (a record that failed) still count until they are a day old.
            foreach (var (chat, at) in reached.Where(r => r.Value > since && (!fresh.TryGetValue(r.Key, out var read) || read < r.Value)))
            {
                fresh[chat] = at;
            }

            reached = fresh;
            loadedAt = now;
        }

        foreach (var gone in reached.Where(r => r.Value <= now - Day).Select(r => r.Key).ToList())
        {
            reached.Remove(gone);
        }
    }
}
