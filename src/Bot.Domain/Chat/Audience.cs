namespace GenYCity.Bot.Domain.Chat;

/// <summary>Who may use a command.</summary>
public enum Audience
{
    Everyone,
    Coordinators,
}
