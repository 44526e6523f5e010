using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Persistence;

public static class PersistenceRegistration
{
    private static readonly SqliteConnectionSetup ConnectionSetup = new();
    private static readonly SqliteCommandSetup CommandSetup = new();

    /// <summary>EF Core on SQLite or PostgreSQL, the repositories behind the domain's ports, and migrations at start.</summary>
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.Provider = configuration[DatabaseOptions.ProviderKey];
                options.ExportsFolder = configuration[DatabaseOptions.ExportsFolderKey];
                options.RehearseRetries = configuration.GetValue<bool>(DatabaseOptions.RehearseRetriesKey);
            });
        // The context's type carries its migrations, so which one is registered is decided here.
        builder.Services.AddBotDbContext(DatabaseOptions.Detect(builder.Configuration), sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Bot);
        builder.Services.AddScoped<IMemberRepository, MemberRepository>();
        builder.Services.AddScoped<IConversationRepository, ConversationRepository>();
        builder.Services.AddScoped<IPersonalDataStore, PersonalDataStore>();
        // Collected in the order registered for /mydata, erased in the reverse for /forgetme: the member row first
        // (so last), then the features' parts (FeatureModules), then the updates' and the outbox's (AddDispatch, AddDelivery).
        builder.Services.AddScoped<IPersonalDataPart, MembersPersonalData>();
        builder.Services.AddSingleton<Erasures>();
        builder.Services.AddHostedService<ErasureWatch>();
        builder.Services.AddSingleton<WalCheckpoint>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WalCheckpoint>());
        builder.Services.AddSingleton<ExportFolder>();
        builder.Services.AddScoped<IExportStore, UnitOfWorkFiles>();
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }

    /// <summary>
    /// The context for the provider (its type carries its migrations). A scope that is a piece of a batch
    /// is given the batch's context (<see cref="BatchContext"/>) instead of a new one.
    /// </summary>
    public static IServiceCollection AddBotDbContext(this IServiceCollection services, DatabaseProvider provider, Func<IServiceProvider, string> connectionString)
    {
        services.AddScoped<BatchContext>();
        services.AddSingleton(_ => new WriteGate(provider));
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresBotDbContext>((sp, db) => QuietFailures(db.UseNpgsql(connectionString(sp))));
            services.AddScoped<BotDbContext>(sp => sp.GetRequiredService<BatchContext>().Context ?? sp.GetRequiredService<PostgresBotDbContext>());
        }
        else
        {
            services.AddDbContext<BotDbContext>((sp, db) => QuietFailures(db.UseSqlite(connectionString(sp)).AddInterceptors(ConnectionSetup, CommandSetup)));
            services.Replace(ServiceDescriptor.Scoped<BotDbContext>(sp => sp.GetRequiredService<BatchContext>().Context
                ?? new BotDbContext(sp.GetRequiredService<DbContextOptions<BotDbContext>>())));
        }

        return services;
    }

    /// <summary>
    /// A command, a save or a transaction that fails is logged by EF Core at Debug rather than as an error: the
    /// failure reaches the bot's code as an exception, which handles it (a serialization failure is run again, a
    /// key another instance took first is the expected end of a race) or logs it as an error itself, once, with
    /// what it was doing. Otherwise every retry of a unit of work on PostgreSQL printed a "fail:".
    /// </summary>
    private static DbContextOptionsBuilder QuietFailures(DbContextOptionsBuilder db) => db.ConfigureWarnings(warnings => warnings.Log(
        (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug),
        (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.TransactionError, LogLevel.Debug),
        (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Debug),
        (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.OptimisticConcurrencyException, LogLevel.Debug)));
}

/// <summary>Lets `dotnet ef migrations add` build the SQLite context without starting the bot.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<BotDbContext>
{
    public BotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(DatabaseOptions.DefaultConnectionString).Options);
}

/// <summary>The same for the PostgreSQL context (`--context PostgresBotDbContext`); no server is needed to add a migration.</summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresBotDbContext>
{
    public PostgresBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBotDbContext>().UseNpgsql("Host=localhost;Database=genycity").Options);
}
