namespace GenYCity.Bot.Domain.Broadcasts;

public enum AnnounceStep
{
    Text,
    Photo,
    Audience,
    Preview,
}
