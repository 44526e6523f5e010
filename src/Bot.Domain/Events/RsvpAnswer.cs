namespace GenYCity.Bot.Domain.Events;

public enum RsvpAnswer
{
    Going,
    Maybe,
    NotGoing,
}
