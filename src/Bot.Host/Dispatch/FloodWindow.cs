namespace GenYCity.Bot.Host.Dispatch;

/// <summary>One person's message count in the current window, and until when they are ignored.</summary>
public sealed class FloodWindow
{
    private FloodWindow()
    {
        Person = string.Empty;
    }

    /// <summary>"Telegram:3001", as <see cref="ProcessedUpdate.SenderOf"/> names a sender.</summary>
    public string Person { get; private set; }

    /// <summary>Unix milliseconds: when the current window began.</summary>
    public long WindowStart { get; private set; }

    public int Count { get; private set; }

    /// <summary>Unix milliseconds, while the person is ignored after the warning.</summary>
    public long? MutedUntil { get; private set; }
}
