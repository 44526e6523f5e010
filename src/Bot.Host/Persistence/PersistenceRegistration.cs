using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Domain.Stats;
using GenYCity.Bot.Host.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
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
            });
        // The context's type carries its migrations, so which one is registered is decided here.
        var provider = DatabaseOptions.Detect(builder.Configuration);
        if (provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddDbContext<BotDbContext, PostgresBotDbContext>((sp, db) =>
                db.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Bot));
        }
        else
        {
            builder.Services.AddDbContext<BotDbContext>((sp, db) =>
                db.UseSqlite(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Bot).AddInterceptors(ConnectionSetup, CommandSetup));
        }

        builder.Services.AddScoped<IMemberRepository, MemberRepository>();
        builder.Services.AddScoped<IConversationRepository, ConversationRepository>();
        builder.Services.AddScoped<IIdeaRepository, IdeaRepository>();
        builder.Services.AddScoped<IEventRepository, EventRepository>();
        builder.Services.AddScoped<IBroadcastRepository, BroadcastRepository>();
        builder.Services.AddScoped<IStatistics, Statistics>();
        builder.Services.AddScoped<IDigestSource, DigestSource>();
        builder.Services.AddScoped<IDigestIssues, DigestIssues>();
        builder.Services.AddScoped<IPersonalDataStore, PersonalDataStore>();
        // Collected in this order for /mydata, erased in the reverse for /forgetme (the member row last).
        builder.Services.AddScoped<IPersonalDataPart, MembersPersonalData>();
        builder.Services.AddScoped<IPersonalDataPart, IdeasPersonalData>();
        builder.Services.AddScoped<IPersonalDataPart, EventsPersonalData>();
        builder.Services.AddScoped<IPersonalDataPart, BroadcastsPersonalData>();
        builder.Services.AddScoped<IPersonalDataPart, Dispatch.UpdatesPersonalData>();
        builder.Services.AddScoped<IPersonalDataPart, Delivery.OutboxPersonalData>();
        builder.Services.AddSingleton<Erasures>();
        builder.Services.AddHostedService<ErasureWatch>();
        builder.Services.AddHostedService<ErasureCheckpoint>();
        builder.Services.AddSingleton<ExportFolder>();
        builder.Services.AddSingleton<IExportStore>(sp => sp.GetRequiredService<ExportFolder>());
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }
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
