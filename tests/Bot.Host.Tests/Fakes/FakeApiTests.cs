namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>A suite whose tests start the bot themselves (or run it as a process): the database and the fakes, no bot.</summary>
public abstract class FakeApiTests : BotTest
{
    protected override bool StartsBot => false;
}
