using System.Globalization;
using System.Text.Json;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Channels.Messenger;

/// <summary>
/// Turns a Messenger webhook body into channel-neutral <see cref="InboundMessage"/>s: text, quick-reply
/// payloads and postbacks (the Get Started button, the persistent menu, template buttons) as button
/// presses, image attachments as photos, anything else as unsupported. Echoes of the Page's own messages,
/// delivery and read receipts are not messages from a person and are left out.
/// </summary>
public static class MessengerUpdates
{
    /// <summary>The messages in a webhook body; null when the body is not a Page webhook at all.</summary>
    public static IReadOnlyList<InboundMessage>? Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("object", out var kind) || kind.ValueKind != JsonValueKind.String
            || kind.GetString() != "page" || !body.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var messages = new List<InboundMessage>();
        var entryIndex = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            entryIndex++;
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("messaging", out var events) || events.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var eventIndex = 0;
            foreach (var messaging in events.EnumerateArray())
            {
                eventIndex++;
                if (FromEvent(messaging, $"{entryIndex}.{eventIndex}") is { } message)
                {
                    messages.Add(message);
                }
            }
        }

        return messages;
    }

    /// <summary>
    /// One event. Its key is its message id; an event without one is keyed by sender, time and its
    /// <paramref name="position"/> in the body, so two in the same millisecond stay apart and a
    /// redelivered body still matches.
    /// </summary>
    private static InboundMessage? FromEvent(JsonElement messaging, string position)
    {
        if (messaging.ValueKind != JsonValueKind.Object || String(messaging, "sender", "id") is not { Length: > 0 } sender)
        {
            return null;
        }

        var timestamp = messaging.TryGetProperty("timestamp", out var ts) && ts.TryGetInt64(out var ms) ? ms.ToString(CultureInfo.InvariantCulture) : "0";
        if (messaging.TryGetProperty("postback", out var postback) && postback.ValueKind == JsonValueKind.Object)
        {
            var payload = String(postback, "payload") ?? string.Empty;
            var id = String(postback, "mid") ?? $"{sender}:{timestamp}:{position}";
            return Message(sender, $"messenger:postback:{id}", InboundKind.Button) with { Payload = payload };
        }

        if (!messaging.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object
            || (message.TryGetProperty("is_echo", out var echo) && echo.ValueKind == JsonValueKind.True))
        {
            return null;
        }

        var key = $"messenger:message:{String(message, "mid") ?? $"{sender}:{timestamp}:{position}"}";
        if (String(message, "quick_reply", "payload") is { } quickReply)
        {
            return Message(sender, key, InboundKind.Button) with { Payload = quickReply };
        }

        var text = String(message, "text");
        if (message.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array && attachments.GetArrayLength() > 0)
        {
            var first = attachments[0];
            // A sticker arrives as an image with a sticker_id; it is not a photo of anything.
            var image = String(first, "type") == "image" && !(first.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("sticker_id", out _));
            return image && String(first, "payload", "url") is { Length: > 0 } url
                ? Message(sender, key, InboundKind.Photo) with { PhotoRef = url, Text = text }
                : Message(sender, key, InboundKind.Unsupported);
        }

        return text is null ? Message(sender, key, InboundKind.Unsupported) : Message(sender, key, InboundKind.Text) with { Text = text };
    }

    private static InboundMessage Message(string sender, string key, InboundKind kind) => new()
    {
        Channel = ChannelKind.Messenger,
        ChatId = sender,
        UserId = sender,
        UpdateKey = key.Length <= 200 ? key : key[..200],
        Kind = kind,
    };

    private static string? String(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
