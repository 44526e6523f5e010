namespace GenYCity.Bot.Host.Dashboard;

/// <summary>One line of a chart: a stable key and a count for each week of <see cref="WeeklyCounts.Weeks"/>.</summary>
public sealed record WeeklySeries(string Key, IReadOnlyList<int> Values);
