namespace GenYCity.Bot.Domain.Polls;

public enum PollStatus
{
    Open,
    Closed,
}
