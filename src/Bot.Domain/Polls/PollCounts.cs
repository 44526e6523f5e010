namespace GenYCity.Bot.Domain.Polls;

/// <summary>The votes of a poll, by answer, and by the voters' language and channel for the export.</summary>
public sealed record PollCounts(IReadOnlyList<int> ByOption, IReadOnlyList<PollCountRow> Rows)
{
    public int Total => ByOption.Sum();
}
