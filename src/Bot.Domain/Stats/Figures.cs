namespace GenYCity.Bot.Domain.Stats;

/// <summary>The figures coordinators see in /stats.</summary>
public sealed record Figures(MemberFigures Members, IdeaFigures Ideas, int UpcomingEvents, IReadOnlyList<BroadcastFigures> Broadcasts);
