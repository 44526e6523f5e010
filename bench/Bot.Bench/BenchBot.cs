using System.Diagnostics;
using System.Net.Sockets;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Fakes;
using GenYCity.Bot.Host.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Bench;

/// <summary>
/// The real bot, run as an operator runs it (the built Bot.Host with its own runtime settings, in a process of
/// its own) and pointed at the fake Bot API in the benchmark's process, so its memory is its own. The
/// benchmark reaches the same database through the bot's own composition (never started) to seed members
/// and write broadcasts.
/// </summary>
internal sealed class BenchBot : IAsyncDisposable
{
    private readonly Process process;
    private readonly WebApplication database;
    private readonly List<string> output = [];

    private BenchBot(Process process, WebApplication database, int port)
    {
        this.process = process;
        this.database = database;
        Port = port;
    }

    public int Port { get; }

    public static async Task<BenchBot> StartAsync(FakeBotApi api, TempFolder folder, params string[] settings)
    {
        var port = FreePort();
        string[] arguments =
        [
            $"--ConnectionStrings:Bot={folder.ConnectionString}",
            $"--urls=http://127.0.0.1:{port}",
            $"--Telegram:BotToken={FakeBotApi.Token}",
            $"--Telegram:ApiBaseUrl={api.BaseUrl}",
            "--Telegram:PollingTimeoutSeconds=5",
            "--Delivery:BroadcastPollInterval=00:00:00.100",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
            .. settings,
        ];
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var bot = new BenchBot(Process.Start(start)!, Program.Build(arguments), port);
        bot.process.OutputDataReceived += (_, line) => bot.Keep(line.Data);
        bot.process.ErrorDataReceived += (_, line) => bot.Keep(line.Data);
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        await bot.WaitUntilServingAsync();
        return bot;
    }

    /// <summary>What the bot wrote (warnings and errors), for when a run goes wrong.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (output)
            {
                return output.ToList();
            }
        }
    }

    /// <summary>The bot process's peak resident memory so far (VmHWM), in bytes.</summary>
    public long PeakResidentBytes() => Status("VmHWM:");

    /// <summary>The bot process's resident memory now (VmRSS), in bytes.</summary>
    public long ResidentBytes() => Status("VmRSS:");

    private long Status(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>Members who consented (so they get announcements), written in batches.</summary>
    public async Task SeedMembersAsync(int count, long firstChat = 100_000)
    {
        var now = DateTimeOffset.UtcNow;
        for (var from = 0; from < count; from += 10_000)
        {
            await using var scope = database.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = from; i < Math.Min(count, from + 10_000); i++)
            {
                var chat = $"{firstChat + i}";
                var member = new Member(ChannelKind.Telegram, chat, chat, ((i % 3) switch { 0 => Language.Lv, 1 => Language.Ru, _ => Language.En }), now);
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
        await using var scope = database.Services.CreateAsyncScope();
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

    /// <summary>Waits until the latest broadcast's recipients are all in the outbox; returns how many.</summary>
    public async Task<int> WaitUntilQueuedAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            await using (var scope = database.Services.CreateAsyncScope())
            {
                var broadcast = await scope.ServiceProvider.GetRequiredService<BotDbContext>().Broadcasts.AsNoTracking().OrderByDescending(b => b.Id).FirstAsync(cts.Token);
                if (broadcast.Status != BroadcastStatus.FanningOut)
                {
                    return broadcast.Queued;
                }
            }

            await Task.Delay(20, cts.Token);
        }
    }

    /// <summary>Updates the bot has handled and committed so far.</summary>
    public async Task<int> CountProcessedUpdatesAsync()
    {
        await using var scope = database.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BotDbContext>().ProcessedUpdates.CountAsync();
    }

    /// <summary>Stops the bot as an operator would (SIGTERM), and kills it if it has not stopped in 30 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
        await database.DisposeAsync();
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The bot stopped while starting:" + Environment.NewLine + string.Join(Environment.NewLine, Output));
            }

            try
            {
                // Any answer means the host has started: the database is migrated, the workers run.
                using var _ = await http.GetAsync(new Uri($"http://127.0.0.1:{Port}/health/live"));
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && clock.Elapsed < TimeSpan.FromMinutes(1))
            {
                await Task.Delay(100);
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
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
