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
}
