using System.Globalization;
using System.Text.Json;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// Turns a WhatsApp Business Account webhook body (entry[].changes[].value) into channel-neutral
/// <see cref="InboundMessage"/>s and the failed delivery statuses of the bot's own messages. Text is text; a reply
/// button or list row tapped, or a template's quick reply, is a button press; an image is a photo (its media id, to
/// be downloaded); a shared location is a location; reactions and system notices are not messages from a person and
/// are left out; anything else is unsupported. Only what was sent to the bot's own number is read.
/// </summary>
public static class WhatsAppUpdates
{
    /// <summary>The prefix of a photo's reference before it is downloaded: the Cloud API's media id follows.</summary>
    public const string MediaPrefix = "whatsapp-media:";

    /// <summary>The messages and failed statuses in a body; null when it is not a WhatsApp Business Account webhook at all.</summary>
    public static (IReadOnlyList<InboundMessage> Messages, IReadOnlyList<WhatsAppStatus> Failures)? Read(JsonElement body, string phoneNumberId)
    {
        if (body.ValueKind != JsonValueKind.Object || String(body, "object") != "whatsapp_business_account"
            || !body.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var messages = new List<InboundMessage>();
        var failures = new List<WhatsAppStatus>();
        foreach (var value in Values(entries))
        {
            // A webhook for another number of the same app is not this bot's to answer.
            if (String(value, "metadata", "phone_number_id") != phoneNumberId)
            {
                continue;
            }

            var names = Names(value);
            foreach (var message in Array(value, "messages"))
            {
                if (FromMessage(message, names) is { } inbound)
                {
                    messages.Add(inbound);
                }
            }

            foreach (var status in Array(value, "statuses"))
            {
                if (Failure(status) is { } failure)
                {
                    failures.Add(failure);
                }
            }
        }

        return (messages, failures);
    }

    private static IEnumerable<JsonElement> Values(JsonElement entries)
    {
        foreach (var entry in entries.EnumerateArray())
        {
            foreach (var change in Array(entry, "changes"))
            {
                if (String(change, "field") == "messages" && change.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object)
                {
                    yield return value;
                }
            }
        }
    }

    /// <summary>The people's profile names by their WhatsApp id (contacts[]).</summary>
    private static Dictionary<string, string> Names(JsonElement value)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var contact in Array(value, "contacts"))
        {
            if (String(contact, "wa_id") is { Length: > 0 } id && String(contact, "profile", "name") is { Length: > 0 } name)
            {
                names[id] = name;
            }
        }

        return names;
    }

    private static InboundMessage? FromMessage(JsonElement message, Dictionary<string, string> names)
    {
        if (String(message, "from") is not { Length: > 0 } from || String(message, "id") is not { Length: > 0 } id)
        {
            return null;
        }

        var inbound = new InboundMessage
        {
            Channel = ChannelKind.WhatsApp,
            ChatId = from,
            UserId = from,
            UpdateKey = Key(id),
            Kind = InboundKind.Unsupported,
            DisplayName = names.GetValueOrDefault(from),
        };
        switch (String(message, "type"))
        {
            case "text" when String(message, "text", "body") is { } text:
                return inbound with { Kind = InboundKind.Text, Text = text };
            case "interactive" when (String(message, "interactive", "button_reply", "id") ?? String(message, "interactive", "list_reply", "id")) is { Length: > 0 } payload:
                return inbound with { Kind = InboundKind.Button, Payload = payload };
            case "button" when String(message, "button", "payload") is { Length: > 0 } payload:
                // A quick reply of a template message; its payload is what the city's template set, if anything.
                return inbound with { Kind = InboundKind.Text, Text = String(message, "button", "text") ?? payload };
            case "image" when String(message, "image", "id") is { Length: > 0 } media:
                return inbound with { Kind = InboundKind.Photo, PhotoRef = MediaPrefix + media, Text = String(message, "image", "caption") };
            case "location" when Number(message, "location", "latitude") is { } latitude && Number(message, "location", "longitude") is { } longitude:
                return inbound with { Kind = InboundKind.Location, Location = new SharedLocation(latitude, longitude, Venue(message)) };
            case "reaction" or "system" or "request_welcome":
                return null;
            default:
                return inbound;
        }
    }

    /// <summary>A shared venue's name and address, as one line.</summary>
    private static string? Venue(JsonElement message)
    {
        var parts = new[] { String(message, "location", "name"), String(message, "location", "address") }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : null;
    }

    private static WhatsAppStatus? Failure(JsonElement status)
    {
        if (String(status, "status") != "failed" || String(status, "id") is not { Length: > 0 } id)
        {
            return null;
        }

        var error = Array(status, "errors").FirstOrDefault();
        int? code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) && c.TryGetInt32(out var number) ? number : null;
        var title = error.ValueKind == JsonValueKind.Object ? String(error, "title") ?? String(error, "message") ?? string.Empty : string.Empty;
        var at = long.TryParse(String(status, "timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        return new WhatsAppStatus(id, String(status, "recipient_id") ?? string.Empty, code, title.Length <= 200 ? title : title[..200]) { At = at };
    }

    private static string Key(string id)
    {
        var key = "whatsapp:" + id;
        return key.Length <= 200 ? key : key[..200];
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : default;

    private static double? Number(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind switch
        {
            JsonValueKind.Number when element.TryGetDouble(out var value) => value,
            JsonValueKind.String when double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
            _ => null,
        };
    }

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
