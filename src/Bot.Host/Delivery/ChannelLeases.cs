using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Delivery;

/// <summary>Takes, renews and gives back channel leases, each in one statement the database makes atomic.</summary>
internal sealed class ChannelLeases(IServiceScopeFactory scopes, WriteGate writes, Telemetry.OutboxFigures figures)
{
    /// <summary>This process's id as a lease holder.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>
    /// Takes the lease, or renews it, for <paramref name="length"/> from now by the database's clock. It
    /// is taken only from nobody, or from a holder whose time ran out. Held: this instance holds it
    /// afterwards; Kept: it was this instance's already (late renewals included), so nobody else sent
    /// in between and what this instance claimed is still its own.
    /// </summary>
    public async Task<(bool Held, bool Kept)> HoldAsync(string key, TimeSpan length, CancellationToken ct)
    {
        try
        {
            return await writes.WriteAsync(() => HoldNowAsync(key, length, ct), ct);
        }
        catch
        {
            // Whether it is still held cannot be told: what holds it stops using it at once.
            figures.Lease(key, held: false, TimeSpan.Zero);
            throw;
        }
    }

    private async Task<(bool Held, bool Kept)> HoldNowAsync(string key, TimeSpan length, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var before = await db.ChannelLeases.AsNoTracking().Where(l => l.Key == key).Select(l => l.Holder).FirstOrDefaultAsync(ct);
        var now = SqlDialect.Of(db.Database).NowMilliseconds;
#pragma warning disable EF1002 // What is interpolated is one of SqlDialect's two fixed clock expressions; the values are parameters.
        var held = await db.Database.SqlQueryRaw<string>(
            $$"""
            INSERT INTO "ChannelLeases" ("Key", "Holder", "ExpiresAt") VALUES ({0}, {1}, {{now}} + {2})
            ON CONFLICT ("Key") DO UPDATE SET "Holder" = excluded."Holder", "ExpiresAt" = excluded."ExpiresAt"
            WHERE "ChannelLeases"."Holder" = excluded."Holder" OR "ChannelLeases"."ExpiresAt" < {{now}}
            RETURNING "Holder" AS "Value"
            """,
            key, Instance, (long)length.TotalMilliseconds).ToListAsync(ct);
#pragma warning restore EF1002
        figures.Lease(key, held.Count == 1, length);
        return (held.Count == 1, held.Count == 1 && before == Instance);
    }

    /// <summary>Gives the lease back at a graceful stop, so another instance takes over at once.</summary>
    public Task ReleaseAsync(string key, CancellationToken ct) => writes.WriteAsync(
        async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "ChannelLeases" WHERE "Key" = {0} AND "Holder" = {1}""", [key, Instance], ct);
            figures.Lease(key, held: false, TimeSpan.Zero);
        },
        ct);
}
