using System.Text;

namespace GenYCity.Bot.Domain.Messaging;

/// <summary>A button under a message: what it says and what pressing it sends back.</summary>
public sealed record Button
{
    /// <summary>Telegram's callback data limit, the tightest of the channels.</summary>
    public const int MaxPayloadBytes = 64;

    public Button(string label, string payload, ButtonKind kind = ButtonKind.Callback)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(payload);
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            throw new ArgumentException($"Button payload is over {MaxPayloadBytes} bytes: {payload}", nameof(payload));
        }

        Label = label;
        Payload = payload;
        Kind = kind;
    }

    public string Label { get; }

    public string Payload { get; }

    public ButtonKind Kind { get; }
}
