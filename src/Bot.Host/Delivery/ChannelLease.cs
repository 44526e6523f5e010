namespace GenYCity.Bot.Host.Delivery;

/// <summary>
/// Who sends a channel's outbox: the platform's limits are per bot, not per process, so of all the
/// instances on one database exactly one pumps a channel at a time. It holds the channel's row until
/// <see cref="ExpiresAt"/> (by the database's clock) and renews it well before; another instance takes
/// it over only once it has run out, when the holder has died or stopped. A console terminal is one
/// person, so each console user's messages have a lease of their own ("Console:anna").
/// </summary>
public sealed class ChannelLease
{
    private ChannelLease()
    {
        Key = string.Empty;
        Holder = string.Empty;
    }

    /// <summary>"Telegram", or "Console:anna" for what one console user's terminal sends.</summary>
    public string Key { get; private set; }

    /// <summary>The holding instance's id, new each time a process starts.</summary>
    public string Holder { get; private set; }

    /// <summary>Unix milliseconds, by the database's clock.</summary>
    public long ExpiresAt { get; private set; }
}
