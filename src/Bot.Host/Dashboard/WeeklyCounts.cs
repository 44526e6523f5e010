namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// Counts per city-local week: <see cref="Weeks"/> holds the Monday of every week the period touches, in order,
/// weeks with nothing in them too; each series has one value per week. Series keys are stable codes (a language
/// code, a channel, a theme key, a status) for the page to name; only keys that occur in the period have a series.
/// </summary>
public sealed record WeeklyCounts(IReadOnlyList<DateOnly> Weeks, IReadOnlyList<WeeklySeries> Series);
