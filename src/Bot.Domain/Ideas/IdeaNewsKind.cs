namespace GenYCity.Bot.Domain.Ideas;

/// <summary>What happened to an idea that the people following it hear of.</summary>
public enum IdeaNewsKind
{
    Approved,
    InProgress,
    Implemented,
    ReadyForCouncil,
    CouncilAnswer,
    Progress,

    /// <summary>Put on a participatory budget's ballot, as a project.</summary>
    OnBallot,
}
