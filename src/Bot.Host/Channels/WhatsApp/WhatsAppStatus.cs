namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// A delivery status the Cloud API reports for a message the bot sent (statuses[] in a webhook): only failures matter,
/// with the first error's code and title (131047: outside the 24-hour window; 131026: undeliverable).
/// </summary>
public sealed record WhatsAppStatus(string MessageId, string RecipientId, int? ErrorCode, string ErrorTitle)
{
    /// <summary>When Meta says it happened, if it says.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>The message could not be delivered to the number: not on WhatsApp, or the person blocked the business.</summary>
    public const int Undeliverable = 131026;

    /// <summary>More than 24 hours since the person last wrote: only a template may go.</summary>
    public const int ReEngagementNeeded = 131047;

    /// <summary>What went wrong, as the outbox row keeps it.</summary>
    public string Reason => $"{ErrorCode} {ErrorTitle}".Trim();

    /// <summary>Whether it says the person cannot be reached at all on WhatsApp.</summary>
    public bool MeansUnreachable => ErrorCode == Undeliverable;
}
