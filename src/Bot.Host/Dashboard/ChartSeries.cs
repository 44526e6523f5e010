namespace GenYCity.Bot.Host.Dashboard;

/// <summary>One series' values, one per category of its chart; missing values count as 0 and negative ones as 0.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<int> Values);
