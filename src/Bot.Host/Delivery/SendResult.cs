namespace GenYCity.Bot.Host.Delivery;

/// <summary>What the platform said to one send, as the delivery worker needs to know it.</summary>
public abstract record SendResult
{
    public sealed record Sent(string? MessageId) : SendResult
    {
        /// <summary>
        /// The platform's id of a native object the message made, which later updates about it carry, for the
        /// feature that sent it to record (<see cref="IDeliveryHook.RecordedAsync"/>).
        /// </summary>
        public string? NativeId { get; init; }

        /// <summary>
        /// Where the message went as several (a photo, then its text; a long text in parts), the ids of those before
        /// the last (<see cref="MessageId"/>), which a platform's later report may name (WhatsApp's failed status).
        /// </summary>
        public IReadOnlyList<string> EarlierIds { get; init; } = [];
    }

    /// <summary>
    /// Try again: after the platform's stated wait, or with backoff when it stated none. A stated wait is
    /// about the one chat unless <paramref name="Overall"/> says the platform throttles the whole channel.
    /// </summary>
    public sealed record RetryLater(string Reason, TimeSpan? After = null, bool Overall = false) : SendResult
    {
        /// <summary>Why: what the operator's telemetry counts it as (a 429, a refused token, or a platform that did not answer).</summary>
        public RetryCause Cause { get; init; } = RetryCause.Transient;
    }

    /// <summary>The person blocked the bot or is gone; do not retry.</summary>
    public sealed record Unreachable(string Reason) : SendResult;

    /// <summary>The platform refused this message for good.</summary>
    public sealed record Failed(string Reason) : SendResult;

    /// <summary>The chat moved to a new id (a group became a supergroup): send there, once.</summary>
    public sealed record Migrated(string NewChatId) : SendResult;

    /// <summary>Not sent on purpose, and counted as skipped (outside a person's 24-hour messaging window).</summary>
    public sealed record Skipped(string Reason) : SendResult;
}

/// <summary>Why a send is to be tried again.</summary>
public enum RetryCause
{
    /// <summary>The platform did not answer, or answered with a server error.</summary>
    Transient,

    /// <summary>The platform asked the bot to slow down (Telegram's 429, Meta's throttling codes).</summary>
    RateLimited,

    /// <summary>The platform refused the bot's token: nothing goes until the city renews it.</summary>
    Unauthorized,
}
