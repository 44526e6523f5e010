namespace GenYCity.Bot.Domain.Messaging;

/// <summary>What pressing a button does.</summary>
public enum ButtonKind
{
    /// <summary>Sends the payload back to the bot.</summary>
    Callback,

    /// <summary>Opens a private chat with the bot started with the payload ("/start payload"), from anywhere: a channel post, say.</summary>
    StartLink,
}
