using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Tests;

public sealed class PersistenceTests : IDisposable
{
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task TheCommittedMigrations_MatchTheModel()
    {
        await using var store = await StoreServices.CreateAsync(database);

        var pending = await store.InScopeAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending, "The model has changes no migration covers: run dotnet ef migrations add.");
    }

    [Fact]
    public void ThePostgresMigrations_MatchTheModel_TooAndAreTheirOwn()
    {
        using var db = new PostgresDesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no PostgreSQL migration covers: run dotnet ef migrations add --context PostgresBotDbContext.");
        Assert.All(db.Database.GetMigrations(), m => Assert.EndsWith("_Postgres", m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheMigrator_CreatesTheFolder_AppliesMigrations_AndTurnsOnWal()
    {
        var file = Path.Combine(Path.GetDirectoryName(database.File)!, "nested", "deeper", "bot.db");
        var options = Options.Create(new DatabaseOptions { Bot = $"Data Source={file};Pooling=False" });
        var services = new ServiceCollection();
        services.AddDbContext<BotDbContext>(db => db.UseSqlite(options.Value.Bot));
        await using var provider = services.BuildServiceProvider();
        var migrator = new DatabaseMigrator(provider.GetRequiredService<IServiceScopeFactory>(), options, NullLogger<DatabaseMigrator>.Instance);

        await migrator.StartingAsync(CancellationToken.None);

        Assert.True(File.Exists(file));
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("wal", await Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, await Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'Members';"));
    }

    [Fact]
    public async Task AMember_RoundTrips_WithReadableColumns()
    {
        await using var store = await StoreServices.CreateAsync(database);
        var joined = new DateTimeOffset(2026, 11, 23, 8, 30, 15, 123, TimeSpan.Zero);
        await store.InScopeAsync(async db =>
        {
            var member = new Member(ChannelKind.Telegram, "555", "555", Language.Ru, joined);
            member.ChooseLanguage(Language.Ru);
            member.GiveConsent(joined.AddMinutes(1));
            member.SetCoordinator(true);
            db.Members.Add(member);
            await db.SaveChangesAsync();
        });

        var stored = await store.InScopeAsync(db => db.Members.SingleAsync());

        Assert.Equal((ChannelKind.Telegram, "555", Language.Ru, true), (stored.Channel, stored.ExternalId, stored.Language, stored.LanguageConfirmed));
        Assert.Equal(ConsentStatus.Given, stored.Consent);
        Assert.Equal(joined.AddMinutes(1), stored.ConsentChangedAt);
        Assert.Equal(joined, stored.CreatedAt);
        Assert.True(stored.IsCoordinator);
        Assert.Equal(Subscriptions.All, stored.Subscriptions);

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal("ru", await Scalar(connection, "SELECT Language FROM Members"));
        Assert.Equal("Telegram", await Scalar(connection, "SELECT Channel FROM Members"));
        Assert.Equal("Given", await Scalar(connection, "SELECT Consent FROM Members"));
    }

    [Fact]
    public async Task OnePersonIsOneMemberPerChannel()
    {
        await using var store = await StoreServices.CreateAsync(database);

        var twice = store.InScopeAsync(async db =>
        {
            db.Members.Add(new Member(ChannelKind.Telegram, "7", "7", Language.En, StoredAt()));
            db.Members.Add(new Member(ChannelKind.Telegram, "7", "7", Language.Lv, StoredAt()));
            await db.SaveChangesAsync();
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => twice);

        await store.InScopeAsync(async db =>
        {
            db.Members.Add(new Member(ChannelKind.Telegram, "7", "7", Language.En, StoredAt()));
            db.Members.Add(new Member(ChannelKind.Messenger, "7", "7", Language.En, StoredAt()));
            await db.SaveChangesAsync();
        });
        Assert.Equal(2, await store.InScopeAsync(db => db.Members.CountAsync()));
    }

    [Fact]
    public async Task AConversationDraft_IsStoredAsJson_AndGoesWithItsMember()
    {
        await using var store = await StoreServices.CreateAsync(database);
        var memberId = await store.InScopeAsync(async db =>
        {
            var member = new Member(ChannelKind.Console, "local", "local", Language.En, StoredAt());
            db.Members.Add(member);
            await db.SaveChangesAsync();
            var conversation = new Conversation(member.Id, "idea", "Title", "{}", StoredAt());
            conversation.MoveTo("Description", new Draft { Title = "Benches by the river" }, StoredAt());
            db.Conversations.Add(conversation);
            await db.SaveChangesAsync();
            return member.Id;
        });

        var resumed = await store.InScopeAsync(db => new ConversationRepository(db).FindAsync(memberId, CancellationToken.None));
        Assert.Equal("Description", resumed!.Step);
        Assert.Equal("Benches by the river", resumed.ReadDraft<Draft>().Title);

        await store.InScopeAsync(async db =>
        {
            db.Members.Remove(await db.Members.SingleAsync());
            await db.SaveChangesAsync();
        });
        Assert.Equal(0, await store.InScopeAsync(db => db.Conversations.CountAsync()));
    }

    private static DateTimeOffset StoredAt() => StoreServices.Start;

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private sealed class Draft
    {
        public string Title { get; init; } = string.Empty;
    }
}
