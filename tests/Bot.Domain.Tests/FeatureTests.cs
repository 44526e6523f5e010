using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>The features compose into one bot: the tests' harness uses the same list as the host.</summary>
public sealed class FeatureTests
{
    [Fact]
    public async Task EveryCatalogCommand_IsAnsweredByAFeatureInTheHarness()
    {
        var chat = new ChatHarness();
        await chat.Onboard(Language.En, userId: "1");
        var unknown = Phrasebook.For(Language.En);

        foreach (var command in CommandCatalog.All)
        {
            var replies = await chat.Say("/" + command.Name, userId: "1");

            Assert.DoesNotContain(replies, r => r.Text == unknown.UnknownCommand(command.Name));
            await chat.Say("/cancel", userId: "1");
        }
    }

    [Fact]
    public void TheCatalog_IsTheFeaturesCommandsInTheirPlaces()
    {
        string[] today =
        [
            "start", "idea", "ideas", "myideas", "results", "events", "digest", "settings", "language", "help", "privacy", "mydata", "forgetme", "cancel",
            "pending", "newevent", "announce", "newpoll", "polls", "stats", "export", "dashboard",
        ];

        Assert.Equal(today, CommandCatalog.All.Select(c => c.Name).Where(today.Contains));
        Assert.Equal(BotFeatures.All.Sum(f => f.Commands.Count), CommandCatalog.All.Count);
        Assert.Equal(CommandCatalog.All.OrderBy(c => c.Place), CommandCatalog.All);
    }

    [Fact]
    public void ANewFeaturesCommand_TakesItsPlaceBetweenOthers()
    {
        var ideas = CommandCatalog.All.Single(c => c.Name == "ideas").Place;
        var free = Enumerable.Range(ideas + 1, 9).First(place => CommandCatalog.All.All(c => c.Place != place));
        var sample = new CommandInfo("sample", Audience.Everyone, true, free, _ => "sample");

        var catalog = CommandCatalog.From([.. BotFeatures.All, new OneCommand(sample)]).ToList();

        Assert.Equal("ideas", catalog[catalog.IndexOf(sample) - 1].Name);
    }

    [Theory]
    [InlineData("ideas", 35)]
    [InlineData("sample", 30)]
    public void TwoCommandsWithOneNameOrPlace_AreRefused(string name, int place)
    {
        var clash = new OneCommand(new CommandInfo(name, Audience.Everyone, true, place, _ => name));

        var refused = Assert.Throws<InvalidOperationException>(() => CommandCatalog.From([.. BotFeatures.All, clash]));

        Assert.Contains(name == "ideas" ? "ideas" : "30", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AServiceThatHandlesNothing_IsRefusedAsAHandler()
    {
        var feature = new FeatureBuilder(new ServiceCollection(), new NoSettings());

        Assert.Throws<ArgumentException>(() => feature.Handles<FeatureTests>());
    }

    [Fact]
    public void AFlowThatIsAlsoItsCommand_IsOneObjectPerUpdate()
    {
        var services = new ServiceCollection();
        var feature = new FeatureBuilder(services, new NoSettings());

        feature.Handles<HelpCommand>();

        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        Assert.Same(scope.ServiceProvider.GetRequiredService<HelpCommand>(), Assert.Single(scope.ServiceProvider.GetServices<ICommand>()));
    }

    private sealed class NoSettings : IFeatureSettings
    {
        public void Add<TOptions>(IServiceCollection services, string sectionName)
            where TOptions : class, new() => services.AddSingleton(new TOptions());
    }

    private sealed class OneCommand(CommandInfo command) : IFeature
    {
        public IReadOnlyList<CommandInfo> Commands => [command];

        public void Register(FeatureBuilder feature)
        {
        }
    }
}
