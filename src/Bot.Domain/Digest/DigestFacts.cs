using GenYCity.Bot.Domain.Events;

namespace GenYCity.Bot.Domain.Digest;

/// <summary>What happened in one digest period, and what is coming.</summary>
public sealed record DigestFacts(
    IReadOnlyList<DigestIdea> Approved,
    IReadOnlyList<DigestStatusChange> Changed,
    IReadOnlyList<CityEvent> Upcoming,
    DigestFigures Figures)
{
    /// <summary>Polls asked of everyone and open now.</summary>
    public IReadOnlyList<DigestPoll> OpenPolls { get; init; } = [];

    /// <summary>The features' own parts (<see cref="IDigestPart"/>): a budget's vote, its results.</summary>
    public IReadOnlyList<DigestSection> Sections { get; init; } = [];

    /// <summary>Figures alone are not news: without an idea, an event, a poll or a feature's part to show, nobody gets a digest.</summary>
    public bool HasNews => Approved.Count > 0 || Changed.Count > 0 || Upcoming.Count > 0 || OpenPolls.Count > 0 || Sections.Count > 0;
}
