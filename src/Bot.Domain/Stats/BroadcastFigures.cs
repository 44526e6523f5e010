using GenYCity.Bot.Domain.Broadcasts;

namespace GenYCity.Bot.Domain.Stats;

public sealed record BroadcastFigures(long Id, BroadcastKind Kind, DateTimeOffset CreatedAt, bool Done, BroadcastCounts Counts);
