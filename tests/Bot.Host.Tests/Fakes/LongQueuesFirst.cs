using Xunit.Abstractions;

[assembly: TestCollectionOrderer("GenYCity.Bot.Host.Tests.Fakes.LongQueuesFirst", "Bot.Host.Tests")]

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// Starts the two queues of suites that run one after another (<see cref="WholeMachineCollection"/>, then the
/// <see cref="Browser.ChromiumCollection"/>) before the rest, so they run beside everything else instead of last and
/// alone: started in the middle, the whole-machine queue alone kept the two cores waiting for a minute at the end.
/// The other classes follow by name, so a run's order is the same every time.
/// </summary>
public sealed class LongQueuesFirst : ITestCollectionOrderer
{
    private static readonly string[] First = [WholeMachineCollection.Name, Browser.ChromiumCollection.Name];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => Array.IndexOf(First, c.DisplayName) is var i and >= 0 ? i : First.Length)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
