namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// The suites that use the whole machine for a while: bot processes started and killed, broadcasts to thousands,
/// a release build. xunit runs them one after another (beside the other suites), so two of them never starve each
/// other of the two cores and miss a deadline they would meet alone.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WholeMachineCollection
{
    public const string Name = "Whole machine";
}
