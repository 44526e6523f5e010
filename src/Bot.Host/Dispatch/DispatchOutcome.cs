namespace GenYCity.Bot.Host.Dispatch;

/// <summary>What became of one inbound update.</summary>
public enum DispatchOutcome
{
    Handled,
    /// <summary>Already processed before (a redelivery); nothing was done.</summary>
    Duplicate,
    /// <summary>Handling failed; the person got an apology and the update is marked processed.</summary>
    Apologised,
    /// <summary>Nothing could be written; the channel should offer the update again later.</summary>
    RetryLater,
    /// <summary>The person is flooding the bot and is ignored for a while.</summary>
    Ignored,
}
