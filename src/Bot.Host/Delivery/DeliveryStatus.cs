namespace GenYCity.Bot.Host.Delivery;

/// <summary>Where an outbox row is in its life.</summary>
public enum DeliveryStatus
{
    Pending = 0,
    /// <summary>Claimed by the worker and being sent; found in this state after a crash, it is sent again.</summary>
    Sending = 1,
    Sent = 2,
    Failed = 3,
    /// <summary>The person blocked the bot or is gone.</summary>
    Unreachable = 4,
    /// <summary>Not sent on purpose (outside Messenger's 24-hour window, say).</summary>
    Skipped = 5,
}
