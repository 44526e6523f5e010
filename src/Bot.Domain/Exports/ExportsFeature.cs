using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Exports;

/// <summary>/export: the ideas and events as a spreadsheet or CSV.</summary>
public sealed class ExportsFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [ExportCommand.Command];

    public void Register(FeatureBuilder feature) => feature
        .Shares<ExportTables>()
        .Uses<Exporter>()
        .Handles<ExportCommand>();
}
