using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Options;
using GenYCity.Bot.Host.Channels.Meta;

namespace GenYCity.Bot.Host.Channels.Messenger;

/// <summary>
/// Messages to people through the Send API (POST /{version}/me/messages). Markup becomes plain text,
/// texts are split at 2000 characters, buttons become a button template (up to three, short text) or
/// quick replies (up to 13, titles cut to 20 characters), photos go as image attachments. messaging_type
/// is RESPONSE for replies, UPDATE for other messages, and MESSAGE_TAG CONFIRMED_EVENT_UPDATE for event
/// reminders only. The Page token travels in the Authorization header, never in an address.
/// </summary>
internal sealed class MessengerSender(IHttpClientFactory http, IOptions<MessengerOptions> options, ILogger<MessengerSender> logger) : IChannelSender
{
    public const int MaxTextLength = 2000;
    public static readonly int MaxQuickReplies = ChannelTraits.Messenger.MaxButtons;
    public const int MaxTemplateButtons = 3;
    public const int MaxTemplateText = 640;
    public static readonly int MaxTitleLength = ChannelTraits.Messenger.MaxLabelLength;

    public ChannelKind Channel => ChannelKind.Messenger;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        if (message.ButtonsOnly || message.StopsPoll)
        {
            // Messenger cannot change a sent message's buttons; quick replies vanish by themselves.
            return new SendResult.Sent(message.ReplacesMessageId);
        }

        string? last = null;
        if (message.DocumentPath is { } document)
        {
            var result = await UploadAsync(message, document, ct);
            if (result is not SendResult.Sent sent)
            {
                return result;
            }

            last = sent.MessageId;
        }

        if (message.PhotoRef is { } photo)
        {
            var result = await PostAsync(message, Attachment("image", new JsonObject { ["url"] = photo, ["is_reusable"] = true }), ct);
            if (result is not SendResult.Sent sent)
            {
                return result;
            }

            last = sent.MessageId;
        }

        var parts = MessageSplitter.Split(message.Text, MaxTextLength).Select(Markup.ToPlainText).Where(p => p.Length > 0).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            var buttons = i == parts.Count - 1 ? message.Buttons.SelectMany(row => row).ToList() : [];
            var result = await PostAsync(message, Render(parts[i], buttons), ct);
            if (result is not SendResult.Sent sent)
            {
                // A later part failing after earlier ones went out is retried whole: at least once.
                return result;
            }

            last = sent.MessageId;
        }

        return new SendResult.Sent(last);
    }

    private static JsonObject Render(string text, List<Button> buttons)
    {
        if (buttons.Count == 0)
        {
            return new JsonObject { ["text"] = text };
        }

        if (buttons.Count <= MaxTemplateButtons && text.Length <= MaxTemplateText)
        {
            return Attachment("template", new JsonObject
            {
                ["template_type"] = "button",
                ["text"] = text,
                ["buttons"] = new JsonArray(buttons.Select(b => (JsonNode)new JsonObject
                {
                    ["type"] = "postback",
                    ["title"] = Title(b.Label),
                    ["payload"] = b.Payload,
                }).ToArray()),
            });
        }

        return new JsonObject
        {
            ["text"] = text,
            ["quick_replies"] = new JsonArray(buttons.Take(MaxQuickReplies).Select(b => (JsonNode)new JsonObject
            {
                ["content_type"] = "text",
                ["title"] = Title(b.Label),
                ["payload"] = b.Payload,
            }).ToArray()),
        };
    }

    private static JsonObject Attachment(string type, JsonObject payload) =>
        new() { ["attachment"] = new JsonObject { ["type"] = type, ["payload"] = payload } };

    private static string Title(string label) => ButtonLabel.Fit(label, MaxTitleLength);

    private Task<SendResult> PostAsync(OutboundMessage message, JsonObject content, CancellationToken ct)
    {
        var body = new JsonObject { ["recipient"] = new JsonObject { ["id"] = message.To.ChatId }, ["message"] = content };
        foreach (var (key, value) in Addressing(message))
        {
            body[key] = value;
        }

        return SendAsync(JsonContent.Create(body), ct);
    }

    /// <summary>A file (an export, a calendar entry, a /mydata document) uploaded with the message, as the Send API takes attachments.</summary>
    private async Task<SendResult> UploadAsync(OutboundMessage message, string path, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(new JsonObject { ["id"] = message.To.ChatId }.ToJsonString()), "recipient");
        form.Add(new StringContent(Attachment("file", new JsonObject { ["is_reusable"] = false }).ToJsonString()), "message");
        foreach (var (key, value) in Addressing(message))
        {
            form.Add(new StringContent(value), key);
        }

        await using var file = File.OpenRead(path);
        using var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(MediaType(path));
        form.Add(content, "filedata", Path.GetFileName(path));
        return await SendAsync(form, ct);
    }

    /// <summary>The file's type by its name, so a phone offers the right app: a calendar for .ics, say.</summary>
    public static string MediaType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => "text/csv",
        ".ics" => "text/calendar",
        ".json" => "application/json",
        ".txt" => "text/plain",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    private static IEnumerable<(string Key, string Value)> Addressing(OutboundMessage message)
    {
        if (message.Purpose is MessagePurpose.ConfirmedEventReminder or MessagePurpose.AccountUpdate)
        {
            // The tags Meta allows outside the 24-hour window: an event the person signed up for; a change to their account.
            yield return ("messaging_type", "MESSAGE_TAG");
            yield return ("tag", message.Purpose == MessagePurpose.AccountUpdate ? "ACCOUNT_UPDATE" : "CONFIRMED_EVENT_UPDATE");
        }
        else
        {
            yield return ("messaging_type", message.Lane == DeliveryLane.Reply ? "RESPONSE" : "UPDATE");
        }
    }

    private async Task<SendResult> SendAsync(HttpContent content, CancellationToken ct)
    {
        using var request = GraphApi.Post(options.Value.Graph, "me/messages", content, options.Value.PageAccessToken);
        return await GraphApi.SendAsync(
            http.CreateClient(FacebookPageSender.HttpClientName), request, body => new SendResult.Sent(GraphApi.Field(body, "message_id")), Classify, ct);
    }

    /// <summary>
    /// Send API errors as the platform means them: throttling backs off; the person cannot be reached
    /// (551, 1545041; 100 with 2018001; 10 with 2018108; 200) is unreachable; the 24-hour window
    /// (10 with 2018278, 2018065) is skipped; server errors retry; the rest fail.
    /// </summary>
    private SendResult Classify(GraphError error)
    {
        if (error.IsThrottling)
        {
            logger.LogWarning("Messenger asked to slow down ({Reason})", error.Reason);
            return new SendResult.RetryLater(error.Reason, TimeSpan.FromSeconds(60), Overall: true) { Cause = RetryCause.RateLimited };
        }

        if (error.Code is 551 or 200 || error.Subcode is 1545041 or 2018001 or 2018108)
        {
            return new SendResult.Unreachable(error.Reason);
        }

        if (error.Subcode is 2018278 or 2018065 || (error.Code == 10 && error.Message.Contains("window", StringComparison.OrdinalIgnoreCase)))
        {
            return new SendResult.Skipped(MessagingWindow.ClosedReason);
        }

        return error.IsTransient ? new SendResult.RetryLater(error.Reason) : new SendResult.Failed(error.Reason);
    }
}
