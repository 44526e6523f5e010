namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>A test class's own database and fake Bot API, made before each test and removed after it.</summary>
public abstract class FakeApiTests : IAsyncLifetime
{
    protected TestDatabase Database { get; } = new();

    protected FakeBotApi Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Database.Dispose();
    }
}
