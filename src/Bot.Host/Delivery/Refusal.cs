namespace GenYCity.Bot.Host.Delivery;

/// <summary>What a 429 was about, as far as the bot can tell.</summary>
internal enum Refusal
{
    /// <summary>The chat's own limit: only the chat waits.</summary>
    Chat,

    /// <summary>Several chats refused at once: the bot as a whole is throttled, and the lane waits.</summary>
    Overall,

    /// <summary>Nothing explains it: the lane pauses for <see cref="ChatLimits.Probe"/>, the chat for the whole wait.</summary>
    Unexplained,
}
