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

    /// <summary>How long what was read is trusted before it is read again.</summary>
    private static readonly TimeSpan Reload = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);

    // Reached by a template Meta took, by when (from the database and this instance's own sends).
    private Dictionary<string, DateTimeOffset> reached = new(StringComparer.Ordinal);

    // Places taken by templates on their way.
    private readonly HashSet<string> taking = new(StringComparer.Ordinal);
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    /// <summary>Takes a place for a template to this chat; false when the limit is reached (someone reached already today always has one).</summary>
    public async Task<bool> TryTakeAsync(string chatId, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var now = await CurrentAsync(ct);
            if (reached.ContainsKey(chatId) || taking.Contains(chatId))
            {
                return true;
            }

            if (reached.Count + taking.Count >= options.Value.BusinessInitiatedPerDay)
            {
                return false;
            }

            taking.Add(chatId);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>How many more people templates may reach now (for a preview).</summary>
    public async Task<int> RemainingAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            await CurrentAsync(ct);
            return Math.Max(0, options.Value.BusinessInitiatedPerDay - reached.Count - taking.Count);
        }
        finally
        {
            gate.Release();
        }
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
            taking.Remove(chatId);
            if (sent)
            {
                reached.TryAdd(chatId, clock.GetUtcNow());
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

    /// <summary>Now, with who was reached in the last 24 hours read again when it is time.</summary>
    private async Task<DateTimeOffset> CurrentAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now - loadedAt > Reload)
        {
            await using var scope = scopes.CreateAsyncScope();
            var since = now - Day;
            var rows = await scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<WhatsAppTemplateSend>().AsNoTracking()
                .Where(s => s.SentAt > since)
                .GroupBy(s => s.ChatId)
                .Select(g => new { ChatId = g.Key, First = g.Min(s => s.SentAt) })
                .ToListAsync(ct);
            var fresh = rows.ToDictionary(r => r.ChatId, r => r.First, StringComparer.Ordinal);
            // This instance's own sends not yet readable there (a record that failed) still count until they are a day old.
            foreach (var (chat, at) in reached.Where(r => r.Value > since && !fresh.ContainsKey(r.Key)))
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

        return now;
    }
}
