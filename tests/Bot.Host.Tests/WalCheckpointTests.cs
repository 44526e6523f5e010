using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// A bot on SQLite stopped gracefully leaves everything in the database file: the write-ahead log is folded in and
/// emptied (or gone), so a copy of the file alone, as an operator takes it with cp, holds the last commits.
/// </summary>
public sealed class WalCheckpointTests : BotTest
{
    /// <summary>Pooled connections, as a city's bot has them (the tests' databases turn pooling off), so closing them is the stop's work.</summary>
    protected override IEnumerable<string> Settings => [$"--ConnectionStrings:Bot=Data Source={Database.File}"];

    [Fact]
    public async Task AfterAGracefulStop_TheFileAlone_HoldsTheLastCommits()
    {
        await new TelegramUser(Api, 1001).OnboardAsync("en");
        await new TelegramUser(Api, 1002).OnboardAsync("en");
        await Bot.OutboxDrainedAsync();
        var file = new SqliteConnectionStringBuilder(Database.ConnectionString).DataSource;

        await StopBotAsync();

        var wal = new FileInfo(file + "-wal");
        Assert.True(!wal.Exists || wal.Length == 0, "The log still holds commits after the bot stopped.");
        var alone = Path.Combine(Directory.CreateTempSubdirectory("genycity-wal-").FullName, "copy.db");
        try
        {
            File.Copy(file, alone);
            await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = alone, Pooling = false }.ToString());
            await copy.OpenAsync();
            await using var count = new SqliteCommand("SELECT COUNT(*) FROM Members", copy);
            Assert.Equal(2L, await count.ExecuteScalarAsync());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(alone)!, recursive: true);
        }
    }
}
