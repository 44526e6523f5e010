namespace GenYCity.Bot.Domain.Events;

public enum EventStep
{
    Title,
    Start,
    Place,
    Description,
    Capacity,
    Preview,
    EditChoice,
}
