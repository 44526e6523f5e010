using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// Meta's messaging limit: the number may reach at most <see cref="WhatsAppOptions.BusinessInitiatedPerDay"/> people with
/// templates in a moving 24 hours. The people reached are read from the database when the sender starts (or takes the
/// channel over from another instance) and kept here while it sends: a place is taken before a template goes, so sends
/// in flight at once never pass the limit together, and the template is recorded once Meta has taken it.
/// </summary>
internal sealed class BusinessInitiatedLimit(IServiceScopeFactory scopes, IOptions<WhatsAppOptions> options, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Day = TimeSpan.FromHours(24);

    /// <summary>How long the counts are trusted before they are read again (another instance may have sent meanwhile).</summary>
    private static readonly TimeSpan Reload = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, DateTimeOffset> reached = new(StringComparer.Ordinal);
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    public const string ReachedReason = "WhatsApp's messaging limit: the number has reached as many people with templates as it may in 24 hours";

    /// <summary>Takes a place for a template to this chat; false when the limit is reached (someone reached already today always has one).</summary>
    public async Task<bool> TryTakeAsync(string chatId, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow();
            if (now - loadedAt > Reload)
            {
                await LoadAsync(now, ct);
            }

            foreach (var gone in reached.Where(r => r.Value <= now - Day).Select(r => r.Key).ToList())
            {
                reached.Remove(gone);
            }

            if (reached.ContainsKey(chatId))
            {
                return true;
            }

            if (reached.Count >= options.Value.BusinessInitiatedPerDay)
            {
                return false;
            }

            reached[chatId] = now;
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Records a template Meta took; what the limit counts, and what the city pays for.</summary>
    public async Task RecordAsync(string chatId, string kind, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        db.Set<WhatsAppTemplateSend>().Add(new WhatsAppTemplateSend(chatId, kind, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    public void Dispose() => gate.Dispose();

    private async Task LoadAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var since = now - Day;
        var rows = await scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<WhatsAppTemplateSend>().AsNoTracking()
            .Where(s => s.SentAt > since)
            .GroupBy(s => s.ChatId)
            .Select(g => new { ChatId = g.Key, First = g.Min(s => s.SentAt) })
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            reached[row.ChatId] = reached.TryGetValue(row.ChatId, out var known) && known < row.First ? known : row.First;
        }

        loadedAt = now;
    }
}
