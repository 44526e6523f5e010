using GenYCity.Bot.Host.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// A database of the test's own, deleted afterwards: a SQLite file, or a database on the test run's PostgreSQL server.
/// It starts migrated: the migrations run once per test run into a template, and each test's database is a copy of
/// it (for SQLite the closed file, for PostgreSQL <c>CREATE DATABASE … TEMPLATE</c>), so the bot's migrator finds
/// nothing to do. <see cref="EmptyAsync"/> gives one the migrations have not touched, for the tests of migrating.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "genycity-tests");
    private static readonly Lazy<Task<string>> SqliteTemplate = new(MakeSqliteTemplateAsync);
    private static readonly Lazy<Task<string>> PostgresTemplate = new(MakePostgresTemplateAsync);

    // One copy of the template at a time: PostgreSQL refuses a template that another session is using.
    private static readonly SemaphoreSlim Copying = new(1, 1);

    private readonly string folder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
    private readonly string? postgres;

    /// <summary>A migrated SQLite database, copied from the run's template.</summary>
    public TestDatabase()
        : this(null, migrated: true)
    {
    }

    private TestDatabase(string? postgres, bool migrated)
    {
        this.postgres = postgres;
        Directory.CreateDirectory(folder);
        if (postgres is null && migrated)
        {
            // Lazy<Task> runs the template's making once; the constructor waits for it (no sync context in tests).
            System.IO.File.Copy(SqliteTemplate.Value.GetAwaiter().GetResult(), File);
        }
    }

    public DatabaseProvider Provider => postgres is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    public string File => postgres is null ? Path.Combine(folder, "bot.db") : throw new InvalidOperationException("A PostgreSQL database has no file.");

    /// <summary>Where the bot keeps the files it makes for people, in the test's own folder.</summary>
    public string ExportsFolder => Path.Combine(folder, "exports");

    // No pooling on SQLite, so no handle outlives the test and the folder can be deleted.
    public string ConnectionString => postgres ?? $"Data Source={File};Pooling=False";

    /// <summary>A migrated database of its own on the PostgreSQL server the test run starts.</summary>
    public static async Task<TestDatabase> PostgresAsync()
    {
        var template = await PostgresTemplate.Value;
        await Copying.WaitAsync();
        try
        {
            return new(await PostgresServer.NewDatabaseAsync(template), migrated: true);
        }
        finally
        {
            Copying.Release();
        }
    }

    public static Task<TestDatabase> OfAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? PostgresAsync() : Task.FromResult(new TestDatabase());

    /// <summary>A database no migration has touched: an absent SQLite file, or an empty PostgreSQL database.</summary>
    public static async Task<TestDatabase> EmptyAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? new(await PostgresServer.NewDatabaseAsync(), migrated: false) : new(null, migrated: false);

    public override string ToString() => Provider.ToString();

    public void Dispose()
    {
        if (postgres is not null)
        {
            PostgresServer.DropDatabaseAsync(postgres).GetAwaiter().GetResult();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform; the temp folder is cleaned eventually.
        }
    }

    /// <summary>Migrates a file once for the run. Left in rollback-journal mode, closed, it is one file to copy; the bot turns on WAL.</summary>
    private static async Task<string> MakeSqliteTemplateAsync()
    {
        var file = Path.Combine(Root, $"template-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Root);
        await MigrateAsync(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.File.Delete(file);
        return file;
    }

    /// <summary>Migrates a database once for the run, to be the template of every test's; its name.</summary>
    private static async Task<string> MakePostgresTemplateAsync()
    {
        var template = await PostgresServer.NewDatabaseAsync();
        await MigrateAsync(DatabaseProvider.Postgres, template);
        // CREATE DATABASE … TEMPLATE refuses a template anyone is connected to.
        NpgsqlConnection.ClearAllPools();
        return new NpgsqlConnectionStringBuilder(template).Database!;
    }

    private static async Task MigrateAsync(DatabaseProvider provider, string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotDbContext(provider, _ => connectionString);
        await using var provided = services.BuildServiceProvider(validateScopes: true);
        await using var scope = provided.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BotDbContext>().Database.MigrateAsync();
        SqliteConnection.ClearAllPools();
    }
}
