namespace GenYCity.Bot.Domain.Ideas;

/// <summary>Where an idea stands: Submitted → Approved | Rejected → InProgress → Implemented.</summary>
public enum IdeaStatus
{
    Submitted,
    Approved,
    Rejected,
    InProgress,
    Implemented,
}
