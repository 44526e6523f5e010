using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Host.Channels.Meta;
using GenYCity.Bot.Host.Delivery;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.WhatsApp;

/// <summary>
/// Messages to people through the Cloud API (POST /{version}/{phone-number-id}/messages). Within the person's 24-hour
/// window a message goes as it is: markup as plain text, split at 4,096 characters; up to three buttons as reply buttons,
/// up to ten as a list, and the rest of up to thirteen as reply buttons under it; a photo by its address (or uploaded,
/// from a file); a file uploaded and sent as a document. Outside the window only a message that fills the city's
/// approved template of its kind goes, as that template, within Meta's daily limit of people reached; the rest are skipped.
/// </summary>
internal sealed class WhatsAppSender(
    IHttpClientFactory http,
    IOptions<WhatsAppOptions> options,
    IOptions<DeliveryOptions> delivery,
    WhatsAppRecipients recipients,
    WhatsAppTemplates templates,
    BusinessInitiatedLimit limit,
    WhatsAppMedia media,
    TimeProvider clock,
    ILogger<WhatsAppSender> logger) : IChannelSender
{
    public const int MaxTextLength = 4096;
    public const int MaxInteractiveText = 1024;
    public const int MaxCaption = 1024;
    public const int MaxReplyButtons = 3;
    public const int MaxListRows = 10;
    public const int MaxReplyTitle = 20;
    public const int MaxRowTitle = 24;
    public const int MaxRowDescription = 72;

    /// <summary>
    /// How long before Meta's window closes by the bot's reckoning it is taken as closed: the bot counts from when it
    /// handled the person's last message, Meta from when it took it.
    /// </summary>
    public static readonly TimeSpan WindowMargin = TimeSpan.FromMinutes(10);

    /// <summary>The longest wait Meta may ask for that a later part of a message waits out within its send.</summary>
    public static readonly TimeSpan MaxWaitWithin = TimeSpan.FromSeconds(6);

    public ChannelKind Channel => ChannelKind.WhatsApp;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        if (message.ButtonsOnly || message.StopsPoll)
        {
            // A sent WhatsApp message cannot be changed; its buttons stay, and a stale one is answered as such.
            return new SendResult.Sent(message.ReplacesMessageId);
        }

        var person = await recipients.FindAsync(message.To.ChatId, ct);
        if (person.LastMessageAt is not { } last || !MessagingWindow.IsOpen(Channel, last - WindowMargin, clock.GetUtcNow()))
        {
            return await SendTemplateAsync(message, person, ct);
        }

        string? sent = null;
        var earlier = new List<string>();
        void Went(string? id)
        {
            if (sent is not null)
            {
                earlier.Add(sent);
            }

            sent = id;
        }

        // Meta's window closed before the bot's reckoning of it (131047) while nothing had gone: the city's template, if it has one.
        bool ClosedFirst(SendResult result) => result is SendResult.Skipped && sent is null && message.Template is not null;

        var text = Markup.ToPlainText(message.Text).Trim();
        var buttons = message.Buttons.SelectMany(row => row).Where(b => b.Kind == ButtonKind.Callback).Take(MaxListRows + MaxReplyButtons).ToList();

        // A file or a photo goes before the text, with the text as its caption when it fits and asks for no answer;
        // what stops the message there is returned.
        async Task<SendResult?> AttachAsync(Func<string?, Task<SendResult>> send, bool mayCaption)
        {
            var caption = mayCaption && buttons.Count == 0 && text.Length <= MaxCaption ? text : null;
            var result = await send(caption);
            if (ClosedFirst(result))
            {
                return await SendTemplateAsync(message, person, ct);
            }

            if (result is not SendResult.Sent done)
            {
                return result;
            }

            Went(done.MessageId);
            if (caption is not null)
            {
                text = string.Empty;
            }

            return null;
        }

        if (message.DocumentPath is { } document
            && await AttachAsync(caption => SendFileAsync(message, document, "document", ct, caption), mayCaption: message.PhotoRef is null) is { } afterFile)
        {
            return afterFile;
        }

        if (message.PhotoRef is { } photo && Sendable(photo)
            && await AttachAsync(caption => SendPhotoAsync(message, photo, caption, ct), mayCaption: true) is { } afterPhoto)
        {
            return afterPhoto;
        }

        foreach (var content in Render(text, buttons, person.Language))
        {
            var result = await PostAsync(message.To.ChatId, content, ct);
            if (result is SendResult.RetryLater { After: { } wait, Overall: false } && sent is not null && wait <= MaxWaitWithin
                && TimeProvider.System.GetElapsedTime(started) + wait + MaxWaitWithin < delivery.Value.SendTimeout)
            {
                // This person's pace, after earlier parts went: sent again whole later, they would go twice. This part
                // waits here, when the send's time allows it (a whole channel slowed down pauses as ever).
                await Task.Delay(wait, TimeProvider.System, ct);
                result = await PostAsync(message.To.ChatId, content, ct);
            }

            if (ClosedFirst(result))
            {
                return await SendTemplateAsync(message, person, ct);
            }

            if (result is not SendResult.Sent done)
            {
                // A later part failing after earlier ones went out is retried whole: at least once.
                return result;
            }

            Went(done.MessageId);
        }

        return new SendResult.Sent(sent) { EarlierIds = earlier };
    }

    /// <summary>Outside the window: the city's template of the message's kind, if it has one and the day's limit allows; else skipped.</summary>
    private async Task<SendResult> SendTemplateAsync(OutboundMessage message, WhatsAppRecipients.Person person, CancellationToken ct)
    {
        if (message.Template is not { } fill || templates.Fill(fill, person.Language) is not { } template)
        {
            return new SendResult.Skipped(MessagingWindows.NoTemplateReason(message.Template?.Kind, person.Language));
        }

        if (!await limit.TryTakeAsync(message.To.ChatId, ct))
        {
            logger.LogWarning("WhatsApp's messaging limit of {Limit} people a day is reached: a {Kind} template is skipped", options.Value.BusinessInitiatedPerDay, fill.Kind);
            return new SendResult.Skipped(BusinessInitiatedLimit.ReachedReason);
        }

        SendResult result = new SendResult.RetryLater("the template's send broke off");
        try
        {
            result = await PostAsync(message.To.ChatId, new JsonObject { ["type"] = "template", ["template"] = template }, ct);
        }
        finally
        {
            await limit.FinishAsync(message.To.ChatId, fill.Kind, sent: result is SendResult.Sent);
        }

        if (result is SendResult.Sent)
        {
            logger.LogDebug("Sent the WhatsApp template {Template}", WhatsAppTemplates.Describe(template));
        }

        return result;
    }

    /// <summary>The text and its buttons as the messages that carry them: text alone, reply buttons, or a list (and the buttons past its ten).</summary>
    public static IEnumerable<JsonObject> Render(string text, IReadOnlyList<Button> buttons, Domain.Members.Language language)
    {
        var parts = MessageSplitter.Split(text, MaxTextLength).Where(p => p.Length > 0).ToList();
        if (buttons.Count > 0 && (parts.Count == 0 || parts[^1].Length > MaxInteractiveText))
        {
            // The buttons' message holds at most 1,024 characters: the last part is split again for it.
            var last = parts.Count > 0 ? parts[^1] : string.Empty;
            parts = [.. parts.Take(Math.Max(0, parts.Count - 1)), .. MessageSplitter.Split(last, MaxInteractiveText).Where(p => p.Length > 0)];
        }

        var w = WhatsAppTexts.For(language);
        for (var i = 0; i < parts.Count; i++)
        {
            if (i < parts.Count - 1 || buttons.Count == 0)
            {
                yield return new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["body"] = parts[i], ["preview_url"] = false } };
            }
        }

        if (buttons.Count == 0)
        {
            yield break;
        }

        var body = parts.Count > 0 ? parts[^1] : w.MoreChoices;
        if (buttons.Count <= MaxReplyButtons)
        {
            yield return ReplyButtons(body, buttons);
            yield break;
        }

        yield return List(body, buttons.Take(MaxListRows).ToList(), w.ListButton);
        if (buttons.Count > MaxListRows)
        {
            yield return ReplyButtons(w.MoreChoices, buttons.Skip(MaxListRows).ToList());
        }
    }

    private static JsonObject ReplyButtons(string body, IReadOnlyList<Button> buttons) => Interactive("button", body, new JsonObject
    {
        ["buttons"] = new JsonArray([.. buttons.Zip(Titles(buttons)).Select(b => (JsonNode)new JsonObject
        {
            ["type"] = "reply",
            ["reply"] = new JsonObject { ["id"] = b.First.Payload, ["title"] = b.Second },
        })]),
    });

    /// <summary>The reply buttons' titles within 20 characters, and unlike each other, as Meta wants them (two long event titles alike once cut get "2").</summary>
    private static IEnumerable<string> Titles(IReadOnlyList<Button> buttons)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var button in buttons)
        {
            var title = ButtonLabel.Fit(button.Label, MaxReplyTitle);
            for (var n = 2; !taken.Add(title); n++)
            {
                title = ButtonLabel.Fit(label => $"{label} {n}", button.Label, MaxReplyTitle);
            }

            yield return title;
        }
    }

    private static JsonObject List(string body, IReadOnlyList<Button> buttons, string opener) => Interactive("list", body, new JsonObject
    {
        ["button"] = ButtonLabel.Fit(opener, MaxReplyTitle),
        ["sections"] = new JsonArray(new JsonObject
        {
            ["rows"] = new JsonArray([.. buttons.Select(b => (JsonNode)Row(b))]),
        }),
    });

    /// <summary>A list row: the label as its title, and the whole label under it when the title had to cut it.</summary>
    private static JsonObject Row(Button button)
    {
        var title = ButtonLabel.Fit(button.Label, MaxRowTitle);
        var row = new JsonObject { ["id"] = button.Payload, ["title"] = title };
        if (title != button.Label.Trim())
        {
            row["description"] = ButtonLabel.Fit(button.Label, MaxRowDescription);
        }

        return row;
    }

    private static JsonObject Interactive(string type, string body, JsonObject action) => new()
    {
        ["type"] = "interactive",
        ["interactive"] = new JsonObject { ["type"] = type, ["body"] = new JsonObject { ["text"] = body }, ["action"] = action },
    };

    /// <summary>A photo by its address, or a file on this machine (the console chat's); a platform's file id reaches no one here.</summary>
    private static bool Sendable(string photo) => IsAddress(photo) || File.Exists(photo);

    private static bool IsAddress(string photo) =>
        photo.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || photo.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    private async Task<SendResult> SendPhotoAsync(OutboundMessage message, string photo, string? caption, CancellationToken ct)
    {
        if (!IsAddress(photo))
        {
            return await SendFileAsync(message, photo, "image", ct, caption);
        }

        var image = new JsonObject { ["link"] = photo };
        if (caption is { Length: > 0 })
        {
            image["caption"] = caption;
        }

        return await PostAsync(message.To.ChatId, new JsonObject { ["type"] = "image", ["image"] = image }, ct);
    }

    /// <summary>A file uploaded, then sent by its media id: a document under its own name, or a photo.</summary>
    private async Task<SendResult> SendFileAsync(OutboundMessage message, string path, string type, CancellationToken ct, string? caption = null)
    {
        var (id, refused) = await media.UploadAsync(path, WhatsAppMedia.MediaType(path), Classify, ct);
        if (id is null)
        {
            return refused!;
        }

        var file = new JsonObject { ["id"] = id };
        if (type == "document")
        {
            file["filename"] = Path.GetFileName(path);
        }

        if (caption is { Length: > 0 })
        {
            file["caption"] = caption;
        }

        return await PostAsync(message.To.ChatId, new JsonObject { ["type"] = type, [type] = file }, ct);
    }

    private async Task<SendResult> PostAsync(string to, JsonObject content, CancellationToken ct)
    {
        var settings = options.Value;
        content["messaging_product"] = "whatsapp";
        content["recipient_type"] = "individual";
        content["to"] = to;
        using var request = GraphApi.Post(settings.Graph, $"{settings.PhoneNumberId}/messages", JsonContent.Create(content), settings.AccessToken);
        return await GraphApi.SendAsync(http.CreateClient(WhatsAppMedia.HttpClientName), request, body => new SendResult.Sent(MessageId(body)), Classify, ct);
    }

    private SendResult Classify(GraphError error) => WhatsAppErrors.Classify(error, logger);

    /// <summary>The sent message's id: messages[0].id of the answer.</summary>
    private static string? MessageId(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["messages"]?[0]?["id"]?.GetValue<string>();
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
