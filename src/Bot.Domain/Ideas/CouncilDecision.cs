namespace GenYCity.Bot.Domain.Ideas;

/// <summary>What the city council decided about an idea put to it.</summary>
public enum CouncilDecision
{
    Accepted,
    NotAccepted,
    Partly,
}
