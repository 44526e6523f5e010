using System.Diagnostics;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Host.Operations;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// <c>backup</c> on SQLite, run as the built binary while the bot runs and writes: a consistent copy, checked, that the
/// bot starts on and knows its people from. A copy is never written over without --force.
/// </summary>
public sealed class BackupTests(ITestOutputHelper output) : BotTest
{
    [Fact]
    public async Task WhileTheBotWrites_BackupTakesACopy_ThatTheBotStartsOn_KnowingItsPeople()
    {
        var resident = await new TelegramUser(Api, 1001).OnboardAsync("en");
        var copy = Path.Combine(Database.ExportsFolder, "..", "backup", "genycity.db");

        // Someone chatting all along: each answer is a write (the update's mark, the reply in the outbox, its result).
        using var stop = new CancellationTokenSource();
        var chatter = new TelegramUser(Api, 1002);
        await chatter.OnboardAsync("en");
        var writes = 0;
        var chatting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await chatter.SentinelAsync();
                Interlocked.Increment(ref writes);
            }
        });
        await Eventually.WaitUntilAsync(() => Volatile.Read(ref writes) >= 3, "the chatter's first answers, so the backup runs among writes");

        var (exit, printed) = await RunBinaryAsync(Commands.Backup, copy, $"--ConnectionStrings:Bot={Database.ConnectionString}");
        var during = Volatile.Read(ref writes);
        await Eventually.WaitUntilAsync(() => Volatile.Read(ref writes) >= during + 3, "more answers after the backup, so it ran while the bot went on writing");
        await stop.CancelAsync();
        await chatting;
        Assert.True(exit == 0, printed);
        Assert.Contains("The copy has: Members 2,", printed, StringComparison.Ordinal);
        Assert.Contains("integrity check ok", printed, StringComparison.Ordinal);
        Assert.False(File.Exists(copy + ".partial"));

        // The same file again: refused without --force, replaced with it.
        var (again, refusal) = await RunBinaryAsync(Commands.Backup, copy, $"--ConnectionStrings:Bot={Database.ConnectionString}");
        Assert.Equal(2, again);
        Assert.Contains("exists: name another file, or add --force", refusal, StringComparison.Ordinal);
        var forced = await RunInProcessAsync([Commands.Backup, copy, "--force", $"--ConnectionStrings:Bot={Database.ConnectionString}"]);
        Assert.Equal(0, forced.Exit);
        await StopBotAsync();

        // Restored: the copy in the bot's place (stale -wal and -shm files gone), and the bot started on it.
        using var restored = new TestDatabase();
        File.Copy(copy, restored.File, overwrite: true);
        await using var bot = await RunningBot.StartTelegramAsync(Api, restored);
        Assert.Equal(2, await bot.InScopeAsync(db => db.Members.CountAsync()));
        resident.Says("/idea");
        var asked = await resident.NextAsync();
        Assert.StartsWith("💡 Let’s write your idea down!", asked.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(asked.Payloads, p => p.StartsWith(LanguageButtons.Prefix + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALinkToTheDatabase_IsRefusedAsTheDatabaseItself_EvenWithForce()
    {
        await StopBotAsync();
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Database.ConnectionString).DataSource;
        var link = Path.Combine(Database.ExportsFolder, "genycity-link.db");
        Directory.CreateDirectory(Database.ExportsFolder);
        File.CreateSymbolicLink(link, file);

        var (exit, printed) = await RunInProcessAsync([Commands.Backup, link, "--force", $"--ConnectionStrings:Bot={Database.ConnectionString}"]);

        Assert.Equal(2, exit);
        Assert.StartsWith("The copy cannot be the database itself", printed, StringComparison.Ordinal);
        Assert.NotNull(File.ResolveLinkTarget(link, returnFinalTarget: false));
    }

    [Fact]
    public async Task ALeftoverOfAnEarlierBackup_IsClearedAway_AndNotReplayedIntoTheCopy()
    {
        await new TelegramUser(Api, 1001).OnboardAsync("en");
        var copy = Path.Combine(Database.ExportsFolder, "..", "backup", "genycity.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        // What a backup killed part way may leave: the half-written file and SQLite's log beside it.
        await File.WriteAllTextAsync(copy + ".partial", "half");
        await File.WriteAllTextAsync(copy + ".partial-journal", "stale");

        var (exit, printed) = await RunInProcessAsync([Commands.Backup, copy, $"--ConnectionStrings:Bot={Database.ConnectionString}"]);

        Assert.True(exit == 0, printed);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(copy)!, "*.partial*"));
    }

    [Fact]
    public async Task OnPostgres_Backup_SaysToUsePgDump_WithoutThePassword()
    {
        await StopBotAsync();
        var (exit, printed) = await RunInProcessAsync([Commands.Backup, "/tmp/x.db", "--ConnectionStrings:Bot=Host=db.city;Database=genycity;Username=bot;Password=pg-password-never-printed"]);
        Assert.Equal(2, exit);
        Assert.StartsWith("The bot runs on PostgreSQL: back it up with pg_dump", printed, StringComparison.Ordinal);
        Assert.Contains("pg_dump -Fc -h db.city -p 5432 -U bot -d genycity", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("pg-password-never-printed", printed, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunInProcessAsync(string[] args)
    {
        using var printed = new StringWriter();
        var exit = await Commands.RunAsync(args, printed, printed, CancellationToken.None);
        return (exit ?? -1, printed.ToString());
    }

    private async Task<(int Exit, string Output)> RunBinaryAsync(params string[] args)
    {
        var (exit, printed, errors) = await BotCommand.RunAsync(output, args);
        return (exit, printed + errors);
    }
}

/// <summary>
/// The command line before any host is built: a mistyped command is refused rather than starting a second bot, and the
/// settings the bot is started with still start it.
/// </summary>
public sealed class BackupCommandLineTests
{
    [Theory]
    [InlineData("backpu")]
    [InlineData("move")]
    [InlineData("Backup")]
    public async Task AMistypedCommand_IsRefusedInOneLine_AndStartsNoBot(string mistyped)
    {
        using var errors = new StringWriter();
        var exit = await Commands.RunAsync([mistyped, "/tmp/copy.db"], TextWriter.Null, errors, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.StartsWith($"Unknown command '{mistyped}': the commands are move-to and backup", errors.ToString(), StringComparison.Ordinal);
        Assert.Single(errors.ToString().TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("--urls=http://127.0.0.1:0")]
    [InlineData("--Console:UserId=anna")]
    [InlineData("--environment")]
    [InlineData("Logging:LogLevel:Default=Debug")]
    [InlineData("/Bot:TextsFolder=/etc/genycity/texts")]
    public async Task SettingsOnly_StartTheBot(string first)
    {
        Assert.Null(await Commands.RunAsync([first, "Development"], TextWriter.Null, TextWriter.Null, CancellationToken.None));
        Assert.Null(await Commands.RunAsync([], TextWriter.Null, TextWriter.Null, CancellationToken.None));
    }

    [Fact]
    public async Task MoveTo_FromAnEnvironmentVariableThatIsNotSet_IsRefused_NamingIt()
    {
        using var errors = new StringWriter();
        var exit = await Commands.RunAsync([Commands.MoveTo, "--postgres-from-env", "GENYCITY_TEST_NEVER_SET"], TextWriter.Null, errors, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.StartsWith("--postgres-from-env GENYCITY_TEST_NEVER_SET: the environment has no GENYCITY_TEST_NEVER_SET", errors.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>
/// PostgreSQL's own tools, as docs/operations.md gives them: <c>pg_dump -Fc</c> of the bot's database, <c>pg_restore</c>
/// into a new one, and the bot started on that knows its people and keeps its dashboard keys.
/// </summary>
public sealed class PostgresBackupTests(ITestOutputHelper output) : BotTest
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    [Fact]
    public async Task PgDumpAndPgRestore_IntoANewDatabase_TheBotStartsOnTheCopy_KnowingItsPeople()
    {
        var resident = await new TelegramUser(Api, 1001).OnboardAsync("en");
        var keys = await Bot.InScopeAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        await StopBotAsync();

        var dump = Path.Combine(Path.GetTempPath(), $"genycity-{Guid.NewGuid():N}.dump");
        try
        {
            var from = new NpgsqlConnectionStringBuilder(Database.ConnectionString);
            await RunAsync("pg_dump", "-Fc", "-h", from.Host!, "-p", $"{from.Port}", "-U", from.Username!, "-d", from.Database!, "-f", dump);
            using var restored = await TestDatabase.EmptyAsync(DatabaseProvider.Postgres);
            var to = new NpgsqlConnectionStringBuilder(restored.ConnectionString);
            await RunAsync("pg_restore", "--no-owner", "--exit-on-error", "-h", to.Host!, "-p", $"{to.Port}", "-U", to.Username!, "-d", to.Database!, dump);

            await using var bot = await RunningBot.StartTelegramAsync(Api, restored);
            Assert.Equal(keys, await bot.InScopeAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync()));
            resident.Says("/idea");
            var asked = await resident.NextAsync();
            Assert.StartsWith("💡 Let’s write your idea down!", asked.Text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(dump);
        }
    }

    private async Task RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(Binaries(), tool)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        output.WriteLine($"{tool}: {await stdout}{await stderr}");
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {await stderr}");
    }

    /// <summary>Where PostgreSQL's programs are, as <see cref="PostgresServer"/> finds initdb: on the PATH, or in Debian's folder.</summary>
    private static string Binaries() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').FirstOrDefault(dir => File.Exists(Path.Combine(dir, "pg_dump")))
        ?? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(v => Path.Combine(v, "bin")).First(dir => File.Exists(Path.Combine(dir, "pg_dump")));
}
