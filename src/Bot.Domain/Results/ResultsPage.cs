namespace GenYCity.Bot.Domain.Results;

/// <summary>A press of Back or Next between pages of /results.</summary>
public sealed record ResultsPage(int Number);
