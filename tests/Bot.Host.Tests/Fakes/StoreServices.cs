using GenYCity.Bot.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>A service provider with the real EF Core store on a migrated database (SQLite or PostgreSQL) and a fake clock.</summary>
public static class StoreServices
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static async Task<ServiceProvider> CreateAsync(TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddBotDbContext(database.Provider, _ => database.ConnectionString);

        services.AddSingleton(new FakeTimeProvider(Start));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<FakeTimeProvider>());
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(validateScopes: true);
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BotDbContext>().Database.MigrateAsync();
        return provider;
    }

    public static async Task<T> InScopeAsync<T>(this IServiceProvider provider, Func<BotDbContext, Task<T>> work)
    {
        await using var scope = provider.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    public static async Task InScopeAsync(this IServiceProvider provider, Func<BotDbContext, Task> work)
    {
        await using var scope = provider.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }
}
