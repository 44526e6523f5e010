namespace GenYCity.Bot.Domain.Messaging;

/// <summary>What kind of thing a person sent.</summary>
public enum InboundKind
{
    Text,
    Button,
    Photo,
    /// <summary>A sticker, voice note, location… something the bot does not read.</summary>
    Unsupported,

    /// <summary>The person blocked the bot or deleted the chat: nothing can be sent to them now.</summary>
    BotBlocked,

    /// <summary>The person let the bot write to them again.</summary>
    BotUnblocked,

    /// <summary>An answer in a native poll (Telegram's poll_answer): chosen, changed or withdrawn.</summary>
    PollAnswer,

    /// <summary>A point on the map (Telegram's location or venue).</summary>
    Location,
}
