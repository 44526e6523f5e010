namespace GenYCity.Bot.Host.Dashboard;

/// <summary>A bar chart of whole numbers (people, votes, replies) per category, for <see cref="ChartSvg"/> to draw.</summary>
public sealed record Chart(string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, ChartKind Kind = ChartKind.StackedBars)
{
    /// <summary>Optional: a marker line per category (an event's capacity, say); a null entry, or a missing one, means none.</summary>
    public IReadOnlyList<int?>? Limits { get; init; }

    public string? LimitName { get; init; }
}
