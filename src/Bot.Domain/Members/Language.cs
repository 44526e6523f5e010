namespace GenYCity.Bot.Domain.Members;

/// <summary>The languages the bot speaks.</summary>
public enum Language
{
    Lv,
    Ru,
    En,
}
