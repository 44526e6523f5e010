namespace GenYCity.Bot.Host.Dashboard;

/// <summary>Which of a chart's two drawings: for a desk's or a tablet's column, or for a phone.</summary>
public enum ChartWidth
{
    Wide,
    Narrow,
}
