namespace GenYCity.Bot.Host.Dispatch;

/// <summary>The mark that an inbound update was handled, written in the same transaction as its effects.</summary>
public sealed class ProcessedUpdate(string key, DateTimeOffset processedAt)
{
    public string Key { get; private set; } = key;

    public DateTimeOffset ProcessedAt { get; private set; } = processedAt;
}
