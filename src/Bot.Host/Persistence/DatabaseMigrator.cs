using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>
/// Brings the database up to date before any other service starts: creates its folder, applies the
/// committed migrations and turns on write-ahead logging (readers never wait for the one writer).
/// </summary>
internal sealed class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var file = options.Value.DatabaseFile();
        if (file is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        // Made first where missing, so a new database's first start logs no failed query for it.
        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await FoldedMigrations.BaselineAsync(db, logger, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (file is not null)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        logger.LogInformation("Database ready: {Provider} at {DatabaseFile}", options.Value.Kind, file ?? (options.Value.Kind == DatabaseProvider.Sqlite ? "memory" : "the server"));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
