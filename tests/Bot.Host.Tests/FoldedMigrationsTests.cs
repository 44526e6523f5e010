using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The migrations before 5 December 2026 were folded into one initial migration per provider. A database made
/// by that initial migration has the schema the old chain made (captured in Schemas/, from a database the old
/// chain made at commit 2189a0f); a database the old chain brought to its end is taken as it is, its history
/// rewritten; one it left part way stops the start (StartupTests).
/// </summary>
public sealed class FoldedMigrationsTests
{
    /// <summary>
    /// Where the two differ, and why that is no difference to the bot: to add a NOT NULL column to tables with rows,
    /// the old chain gave these columns a default, which the model never had and the bot never relies on (it
    /// writes every one of them).
    /// </summary>
    private static readonly (string OldChain, string Initial)[] DefaultsTheOldChainNeeded =
    [
        ("column Broadcasts.Failed INTEGER notnull=1 default=0 pk=0", "column Broadcasts.Failed INTEGER notnull=1 default= pk=0"),
        ("column Broadcasts.Sent INTEGER notnull=1 default=0 pk=0", "column Broadcasts.Sent INTEGER notnull=1 default= pk=0"),
        ("column Broadcasts.Skipped INTEGER notnull=1 default=0 pk=0", "column Broadcasts.Skipped INTEGER notnull=1 default= pk=0"),
        ("column Broadcasts.Unreachable INTEGER notnull=1 default=0 pk=0", "column Broadcasts.Unreachable INTEGER notnull=1 default= pk=0"),
        ("column Broadcasts.Version INTEGER notnull=1 default=0 pk=0", "column Broadcasts.Version INTEGER notnull=1 default= pk=0"),
        ("column IdeaReports.Reason TEXT notnull=1 default='Other' pk=0", "column IdeaReports.Reason TEXT notnull=1 default= pk=0"),
        ("column PollMessages.Channel TEXT notnull=1 default='' pk=0", "column PollMessages.Channel TEXT notnull=1 default= pk=0"),
        ("column PollMessages.Channel varchar(16) nullable=NO default=''::character varying identity=NO ", "column PollMessages.Channel varchar(16) nullable=NO default= identity=NO "),
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TheInitialMigration_MakesTheSchemaTheOldChainMade(DatabaseProvider provider)
    {
        using var database = await TestDatabase.EmptyAsync(provider);
        await using var services = await StoreServices.CreateAsync(database);

        var made = await services.InScopeAsync(async db =>
        {
            await InitialOnlyAsync(db);
            await db.Database.OpenConnectionAsync();
            return await SchemaText.OfAsync(db.Database.GetDbConnection());
        });

        var oldChain = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", $"{provider}.txt"));
        foreach (var (old, initial) in DefaultsTheOldChainNeeded)
        {
            oldChain = oldChain.Replace(old + "\n", initial + "\n", StringComparison.Ordinal);
        }

        Assert.Equal(oldChain, made);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ADatabaseTheOldChainBroughtToItsEnd_IsTakenAsItIs_AndTheBotCarriesOnWithIt(DatabaseProvider provider)
    {
        using var database = await TestDatabase.EmptyAsync(provider);
        await using (var services = await StoreServices.CreateAsync(database))
        {
            await services.InScopeAsync(async db =>
            {
                await InitialOnlyAsync(db);
                // A member as the old chain's schema holds one (the model now has columns later migrations add).
                object now = provider == DatabaseProvider.Postgres ? DateTimeOffset.UtcNow : DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "Members" ("Channel", "ExternalId", "ChatId", "Language", "LanguageConfirmed", "Consent", "Roles", "Subscriptions", "IsReachable", "CreatedAt", "LastMessageAt")
                    VALUES ('Telegram', '4242', '4242', 'en', FALSE, 'Pending', 0, 0, TRUE, {now}, {now})
                    """);
                await MigrationHistory.RewriteAsync(db, "20261123231820_Foundation", FoldedMigrations.LastOf(db.Database));
            });
        }

        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await RunningBot.StartTelegramAsync(api, database);

        Assert.Equal(
            await bot.InScopeAsync(db => Task.FromResult(db.Database.GetMigrations().ToList())),
            await bot.InScopeAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList()));
        var known = new TelegramUser(api, 4242, languageCode: "en");
        known.Says("/help");
        Assert.NotNull(await known.NextAsync());
        Assert.Equal(1, await bot.InScopeAsync(db => db.Members.CountAsync(m => m.ExternalId == "4242")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ADatabaseANewerBuildMigrated_IsNotTakenForOneTheFoldedMigrationsLeftPartWay(DatabaseProvider provider)
    {
        using var database = await TestDatabase.OfAsync(provider);
        await using var services = await StoreServices.CreateAsync(database);
        await services.InScopeAsync(db => MigrationHistory.RewriteAsync(db, [.. db.Database.GetMigrations(), "29991231000000_FromANewerBuild"]));

        await services.InScopeAsync(async db =>
        {
            await FoldedMigrations.BaselineAsync(db, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);
            Assert.Contains("29991231000000_FromANewerBuild", await db.Database.GetAppliedMigrationsAsync());
        });
    }

    /// <summary>Takes the database back to the initial migration, as the old chain's end is: the migrations after it are this build's own.</summary>
    private static Task InitialOnlyAsync(BotDbContext db) =>
        db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
}
