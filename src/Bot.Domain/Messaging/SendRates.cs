namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// A platform's published sending limits: messages a second overall, a burst and a rate in one person's chat, and
/// a burst and a minute's worth in a group. The delivery worker's defaults, which configuration may tighten.
/// </summary>
public sealed record SendRates(int PerSecond, int ChatBurst, int ChatPerSecond, int GroupPerMinute, int GroupBurst)
{
    /// <summary>Where the platform sells a higher rate for broadcasts (Telegram's paid broadcasts), that rate; else 0.</summary>
    public int PaidPerSecond { get; init; }

    /// <summary>Where a person's chat is paced slower than one a second (WhatsApp's pair rate), its messages a minute after the burst; else 0.</summary>
    public int ChatPerMinute { get; init; }
}
