using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Host.Persistence;
using GenYCity.Bot.Host.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

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

    [Fact]
    public void EveryAudience_IsDefinedByExactlyOneFeature()
    {
        var defined = Bot.Services.GetServices<Broadcasts.IAudience>().Select(a => a.Kind).ToList();
        var declared = typeof(Domain.Broadcasts.AudienceKind).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f.FieldType == typeof(Domain.Broadcasts.AudienceKind))
            .Select(f => (Domain.Broadcasts.AudienceKind)f.GetValue(null)!)
            .ToList();

        Assert.Equal(defined.Count, defined.Distinct().Count());
        Assert.Equal(declared.Select(k => k.Name).Order(), defined.Select(k => k.Name).Order());
        Assert.Superset(
            new HashSet<string> { "AnnouncementSubscribers", "DigestSubscribers", "EventAttendees", "IdeaFollowers", "PollVoters" },
            defined.Select(k => k.Name).ToHashSet());
    }

    [Fact]
    public async Task PersonalDataParts_RunMemberFirst_ThenTheFeaturesInModuleOrder_ThenTheTechnicalRecords()
    {
        await using var scope = Bot.Services.CreateAsyncScope();

        var parts = scope.ServiceProvider.GetServices<IPersonalDataPart>().Select(p => p.GetType().Name).ToList();

        Assert.Equal("MembersPersonalData", parts[0]);
        Assert.Equal(["UpdatesPersonalData", "OutboxPersonalData", "WhatsAppPersonalData", "DashboardPersonalData"], parts[^4..]);
        Assert.Equal(
            ["IdeasPersonalData", "EventsPersonalData", "BroadcastsPersonalData", "PollsPersonalData"],
            parts.Where(p => p is "IdeasPersonalData" or "EventsPersonalData" or "BroadcastsPersonalData" or "PollsPersonalData"));
    }

    [Fact]
    public async Task EveryRegisteredJob_IsScheduledOnItsCron()
    {
        var scheduler = await Bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var registered = Bot.Services.GetServices<Jobs.CronJob>().Select(j => $"{j.Key.Group}/{j.Key.Name}").ToList();

        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup());
        var ticks = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup());

        Assert.Equal(registered.Order(), jobs.Select(j => $"{j.Group}/{j.Name}").Order());
        Assert.Superset(
            new HashSet<string> { "digest/weekly-digest", "events/event-reminders", "polls/poll-closing", "privacy/retention", "results/idea-news" },
            registered.ToHashSet());
        // Besides each job's cron tick, the digest's catch-up at start may still be there (a one-off trigger).
        Assert.Equal(jobs.Select(j => $"{j.Name}-tick").Order(), ticks.Select(t => t.Name).Where(n => n.EndsWith("-tick", StringComparison.Ordinal)).Order());
    }

    private sealed class Captive(BotDbContext db)
    {
        public BotDbContext Db => db;
    }
}
