namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// One dashboard site with its seeded city (<see cref="DashboardCity"/>) for the browser tests that only look (or put back
/// what they change): a bot, its fake Bot API and the seeding cost seconds of the two cores, and looking changes nothing
/// another test sees.
/// </summary>
public sealed class DashboardCityFixture : IAsyncLifetime
{
    public DashboardSite Site { get; private set; } = null!;

    public DashboardCity.Seeded City { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await DashboardSite.StartAsync();
        City = await DashboardCity.SeedAsync(Site);
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
