namespace GenYCity.Bot.Domain.Results;

public enum ProgressStep
{
    Text,
    Photo,
}
