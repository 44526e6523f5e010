namespace GenYCity.Bot.Domain.Events;

public enum EventStatus
{
    Published,
    Cancelled,
}
