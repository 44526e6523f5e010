using GenYCity.Bot.Domain.Ideas;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>An idea put to the council: when it reached the threshold, and the council's answer once recorded.</summary>
public sealed record CouncilItem(long Id, string Title, DateTimeOffset? ReachedAt, CouncilDecision? Decision, string? Answer, DateTimeOffset? AnsweredAt);
