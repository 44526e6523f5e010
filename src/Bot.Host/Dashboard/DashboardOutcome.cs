namespace GenYCity.Bot.Host.Dashboard;

/// <summary>What a dashboard action said to the coordinator (shown on the page), and whether its changes were kept.</summary>
public sealed record DashboardOutcome(bool Kept, IReadOnlyList<string> Said);
