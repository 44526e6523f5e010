namespace GenYCity.Bot.Host.Dashboard;

/// <summary>How a chart with several series draws them: on top of each other in one bar per category, or side by side.</summary>
public enum ChartKind
{
    StackedBars,
    GroupedBars,
}
