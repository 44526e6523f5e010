namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>What the idea's photo partial shows it with: the idea and the coordinator's words.</summary>
public sealed record IdeaMedia(IdeaView View, DashboardPhrases P);
