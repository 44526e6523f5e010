using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Host.Tests;

/// <summary>What Program.Build composes: every command of the contract has its handler, and no two handlers claim one name.</summary>
public sealed class CompositionTests : BotTest
{
    [Fact]
    public async Task ASingletonHoldingAScopedService_StopsTheTestBotFromStarting()
    {
        // The test bot runs with the service provider's checks on, so a captive dependency fails a test at once.
        using var other = new TestDatabase();
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => RunningBot.StartTelegramAsync(Api, other, s => s.AddSingleton<Captive>()));

        Assert.Contains($"Cannot consume scoped service '{typeof(BotDbContext).FullName}' from singleton '{typeof(Captive).FullName}'", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryCatalogCommand_HasExactlyOneHandler()
    {
        await using var scope = Bot.Services.CreateAsyncScope();

        var handled = scope.ServiceProvider.GetServices<ICommand>().Select(c => c.Info.Name).ToList();

        Assert.Equal(CommandCatalog.All.Select(c => c.Name).Order(), handled.Order());
    }

    [Fact]
    public async Task ButtonPrefixesAndFlowNames_AreUnique()
    {
        await using var scope = Bot.Services.CreateAsyncScope();

        var prefixes = scope.ServiceProvider.GetServices<IButtonHandler>().Select(b => b.Prefix).ToList();
        var flows = scope.ServiceProvider.GetServices<IFlow>().Select(f => f.Name).ToList();

        Assert.Equal(prefixes.Count, prefixes.Distinct().Count());
        Assert.Equal(flows.Count, flows.Distinct().Count());
        Assert.All(prefixes.Concat(flows), name => Assert.Matches("^[a-z]{2,12}$", name));
    }

    [Fact]
    public async Task TheEngineResolves_WithEveryFeature()
    {
        await using var scope = Bot.Services.CreateAsyncScope();

        Assert.IsType<BotEngine>(scope.ServiceProvider.GetRequiredService<IBot>());
    }

    [Fact]
    public async Task EveryTable_IsShownAndErasedByAFeaturesPart_OrNamesNobody()
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        var parts = scope.ServiceProvider.GetServices<IPersonalDataPart>().ToList();
        var tables = scope.ServiceProvider.GetRequiredService<BotDbContext>().Model.GetEntityTypes().Select(e => e.ClrType).ToList();

        var covered = parts.SelectMany(p => p.Tables).Concat(PersonalDataStore.HoldNoPersonalData).Concat(PersonalDataStore.WrittenByErasure).ToList();

        Assert.Equal(covered.Count, covered.Distinct().Count());
        Assert.Equal(tables.Select(t => t.FullName).Order(), covered.Select(t => t.FullName).Order());
    }

    private sealed class Captive(BotDbContext db)
    {
        public BotDbContext Db => db;
    }
}
