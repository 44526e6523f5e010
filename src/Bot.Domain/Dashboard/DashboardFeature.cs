using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Dashboard;

/// <summary>The dashboard's sign-in, by the links /dashboard sends.</summary>
public sealed class DashboardFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [DashboardCommand.Command];

    public void Register(FeatureBuilder feature) => feature
        .Settings<DashboardOptions>(DashboardOptions.SectionName)
        .Handles<DashboardCommand>();
}
