namespace GenYCity.Bot.Domain.Polls;

public enum NewPollStep
{
    Question,
    Options,
    Audience,
    Closing,
    Preview,
}
