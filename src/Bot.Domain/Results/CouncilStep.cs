namespace GenYCity.Bot.Domain.Results;

public enum CouncilStep
{
    Decision,
    Answer,
}
