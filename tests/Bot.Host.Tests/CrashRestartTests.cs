using System.Diagnostics;
using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Tests.Fakes;
using Xunit.Abstractions;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The built bot as a real process: killed (SIGKILL, no chance to tidy up) in the middle of a broadcast,
/// then started again. Every recipient gets the message, and only messages that were on their way or
/// not yet recorded at the kill can arrive twice.
/// </summary>
public sealed class CrashRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Recipients = 3000;
    private const int MaxInFlight = 64;
    private const int CompletionBatchSize = 500;
    private const string Text = "Pilsētas svētki sestdien!";
    private readonly TestDatabase database = new();
    private FakeBotApi api = null!;

    public async Task InitializeAsync()
    {
        api = await FakeBotApi.StartAsync();
        await using var store = await StoreServices.CreateAsync(database);
        await store.InScopeAsync(async db =>
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < Recipients; i++)
            {
                var member = new Member(ChannelKind.Telegram, $"{10_000 + i}", $"{10_000 + i}", (Language)(i % 3), StoreServices.Start);
                member.GiveConsent(StoreServices.Start);
                db.Members.Add(member);
            }

            db.Broadcasts.Add(Broadcast.Create(
                BroadcastKind.Announcement,
                AudienceKind.AnnouncementSubscribers,
                null,
                new BroadcastContent(Languages.All.ToDictionary(l => l, _ => new OutboundTemplate(Text))),
                null,
                StoreServices.Start));
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task AKilledBot_FinishesItsBroadcastAfterARestart_WithDuplicatesOnlyFromSendsInFlight()
    {
        using (var first = StartBot())
        {
            await WaitUntilAsync(() => Delivered() >= Recipients / 3, first);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var atKill = Delivered();
        Assert.InRange(atKill, Recipients / 3, Recipients - 1);

        using (var second = StartBot())
        {
            await WaitUntilAsync(() => api.Calls.Where(c => c.IsDelivered && c.Text == Text).Select(c => c.ChatId).Distinct().Count() == Recipients, second);
            // Let the second run record its results, then check nothing more is sent.
            await WaitUntilAsync(() => BroadcastDone(), second);
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }

        var perChat = api.Calls.Where(c => c.IsDelivered && c.Text == Text).GroupBy(c => c.ChatId!).ToDictionary(g => g.Key, g => g.Count());
        var duplicates = perChat.Values.Sum(n => n - 1);
        output.WriteLine($"delivered before the kill: {atKill}; recipients: {perChat.Count}; duplicates: {duplicates}");
        Assert.Equal(Recipients, perChat.Count);
        Assert.All(perChat.Values, n => Assert.InRange(n, 1, 2));
        Assert.InRange(duplicates, 0, MaxInFlight + CompletionBatchSize);
    }

    private int Delivered() => api.Calls.Count(c => c.IsDelivered && c.Text == Text);

    private bool BroadcastDone()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Status FROM Broadcasts";
        return command.ExecuteScalar() is string status && status == nameof(BroadcastStatus.Done);
    }

    private Process StartBot()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll"),
            $"--ConnectionStrings:Bot={database.ConnectionString}",
            "--urls=http://127.0.0.1:0",
            $"--Telegram:BotToken={FakeBotApi.Token}",
            $"--Telegram:ApiBaseUrl={api.BaseUrl}",
            "--Telegram:PollingTimeoutSeconds=1",
            "--Delivery:Telegram:PerSecond=600",
            $"--Delivery:MaxInFlight={MaxInFlight}",
            $"--Delivery:CompletionBatchSize={CompletionBatchSize}",
            "--Delivery:BroadcastPollInterval=00:00:00.100",
            "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Log(line.Data);
        process.ErrorDataReceived += (_, line) => Log(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            try
            {
                output.WriteLine(line);
            }
            catch (InvalidOperationException)
            {
                // The test has finished; the process's last words go nowhere.
            }
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Process bot)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(bot.HasExited, $"The bot exited with {(bot.HasExited ? bot.ExitCode : 0)}");
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "Timed out");
            await Task.Delay(20);
        }
    }
}
