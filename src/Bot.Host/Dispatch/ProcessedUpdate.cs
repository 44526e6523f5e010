namespace GenYCity.Bot.Host.Dispatch;

/// <summary>
/// The mark that an inbound update was handled, written in the same transaction as its effects. It names
/// its sender, so /mydata can list it and /forgetme erase it; the retention job purges it after the
/// retention period either way.
/// </summary>
public sealed class ProcessedUpdate(string key, string? sender, DateTimeOffset processedAt)
{
    public string Key { get; private set; } = key;

    /// <summary>"Telegram:3001": the channel and the person's id there; null once they are erased.</summary>
    public string? Sender { get; private set; } = sender;

    public DateTimeOffset ProcessedAt { get; private set; } = processedAt;

    public static string SenderOf(Domain.Messaging.ChannelKind channel, string userId) => $"{channel}:{userId}";

    /// <summary>Keeps the mark (a redelivered update is still recognised) without anything that names the person.</summary>
    public void Unlink() => Sender = null;
}
