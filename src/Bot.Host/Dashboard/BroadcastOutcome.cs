using GenYCity.Bot.Domain.Broadcasts;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>What became of one broadcast: the final counts once done, the outbox's counts while it is under way.</summary>
public sealed record BroadcastOutcome(long Id, BroadcastKind Kind, AudienceKind Audience, DateTimeOffset CreatedAt, bool Done, DateTimeOffset? CompletedAt, BroadcastCounts Counts);
