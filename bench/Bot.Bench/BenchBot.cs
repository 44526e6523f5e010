using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Fakes;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Bench;

/// <summary>The real bot, composed by Program.Build with the shipped settings, pointed at the fake Bot API.</summary>
internal sealed class BenchBot : IAsyncDisposable
{
    private readonly WebApplication app;

    private BenchBot(WebApplication app) => this.app = app;

    public static async Task<BenchBot> StartAsync(FakeBotApi api, TempFolder folder, params string[] settings)
    {
        var app = Program.Build(
        [
            $"--ConnectionStrings:Bot={folder.ConnectionString}",
            "--urls=http://127.0.0.1:0",
            $"--Telegram:BotToken={FakeBotApi.Token}",
            $"--Telegram:ApiBaseUrl={api.BaseUrl}",
            "--Telegram:PollingTimeoutSeconds=5",
            "--Delivery:BroadcastPollInterval=00:00:00.100",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
            .. settings,
        ]);
        await app.StartAsync();
        return new BenchBot(app);
    }

    /// <summary>Members who consented (so they get announcements), written in batches.</summary>
    public async Task SeedMembersAsync(int count)
    {
        var now = DateTimeOffset.UtcNow;
        for (var from = 0; from < count; from += 10_000)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = from; i < Math.Min(count, from + 10_000); i++)
            {
                var member = new Member(ChannelKind.Telegram, $"{100_000 + i}", $"{100_000 + i}", (Language)(i % 3), now);
                member.GiveConsent(now);
                db.Members.Add(member);
            }

            await db.SaveChangesAsync();
        }
    }

    /// <summary>An announcement to every subscriber, as /announce writes it; returns its text.</summary>
    public async Task<string> StartBroadcastAsync()
    {
        const string text = "Jauniešu dome tiekas piektdien 18:00!";
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        db.Broadcasts.Add(Broadcast.Create(
            BroadcastKind.Announcement,
            AudienceKind.AnnouncementSubscribers,
            null,
            new BroadcastContent(Languages.All.ToDictionary(l => l, _ => new OutboundTemplate(text))),
            null,
            DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return text;
    }

    /// <summary>Waits until the broadcast's recipients are all in the outbox; returns how many.</summary>
    public async Task<int> WaitUntilQueuedAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var broadcast = await scope.ServiceProvider.GetRequiredService<BotDbContext>().Broadcasts.AsNoTracking().SingleAsync(cts.Token);
                if (broadcast.Status != BroadcastStatus.FanningOut)
                {
                    return broadcast.Queued;
                }
            }

            await Task.Delay(20, cts.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>
/// The benchmark's database, deleted afterwards: a SQLite file in a folder of its own, or, with
/// <c>--postgres "Host=…"</c>, a database of its own on that PostgreSQL server.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    private readonly string? postgresAdmin;
    private readonly string? postgresDatabase;

    public TempFolder(string? postgresAdmin = null)
    {
        Directory.CreateDirectory(Path);
        this.postgresAdmin = postgresAdmin;
        if (postgresAdmin is not null)
        {
            postgresDatabase = $"bench_{Guid.NewGuid():N}";
            Execute($"CREATE DATABASE \"{postgresDatabase}\"");
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "genycity-bench", Guid.NewGuid().ToString("N"));

    public string ConnectionString => postgresAdmin is null
        ? $"Data Source={System.IO.Path.Combine(Path, "bench.db")}"
        : new Npgsql.NpgsqlConnectionStringBuilder(postgresAdmin) { Database = postgresDatabase }.ConnectionString;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (postgresDatabase is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            Execute($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)");
        }

        Directory.Delete(Path, recursive: true);
    }

    private void Execute(string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(postgresAdmin);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>Samples the process's memory while the benchmark runs.</summary>
internal sealed class MemoryWatch : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long heap;

    private MemoryWatch() => sampling = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            heap = Math.Max(heap, GC.GetTotalMemory(false));
            await Task.Delay(10);
        }
    });

    public static MemoryWatch Start() => new();

    public (long WorkingSet, long Heap) Stop()
    {
        stop.Cancel();
        sampling.Wait();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return (process.PeakWorkingSet64, heap);
    }

    public void Dispose() => stop.Dispose();
}
