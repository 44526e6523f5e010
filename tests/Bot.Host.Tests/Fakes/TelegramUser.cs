using System.Globalization;
using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Onboarding;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>A person in a private chat with the bot, seen through the fake Bot API: what they send, what the bot answers.</summary>
public sealed class TelegramUser(FakeBotApi api, long id, string? languageCode = "en", string firstName = "Anna", string? lastName = null, string? username = null)
{
    private static readonly string[] ChatMethods = ["sendMessage", "sendPhoto", "sendDocument", "sendPoll", "editMessageText", "editMessageReplyMarkup"];
    private long seen;

    public long Id => id;

    public string ChatId => id.ToString(CultureInfo.InvariantCulture);

    public JsonObject Says(string text) => Sends(new JsonObject { ["text"] = text });

    public JsonObject SendsSticker() => Sends(new JsonObject
    {
        ["sticker"] = new JsonObject
        {
            ["file_id"] = "CAACAgIAAxkBAAIBbWZ",
            ["file_unique_id"] = "AgADbW",
            ["type"] = "regular",
            ["width"] = 512,
            ["height"] = 512,
            ["is_animated"] = false,
            ["is_video"] = false,
        },
    });

    /// <summary>Sends a photo as Telegram delivers it: several sizes of one picture, each with its file id.</summary>
    public JsonObject SendsPhoto(string fileId, string? caption = null)
    {
        var content = new JsonObject
        {
            ["photo"] = new JsonArray(
                new JsonObject { ["file_id"] = fileId + "-small", ["file_unique_id"] = "s", ["width"] = 90, ["height"] = 60 },
                new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "l", ["width"] = 1280, ["height"] = 853 }),
        };
        if (caption is not null)
        {
            content["caption"] = caption;
        }

        return Sends(content);
    }

    /// <summary>Presses a button on a message in a group chat (a moderation chat), as this person.</summary>
    public JsonObject PressesInGroup(long groupId, int messageId, string payload)
    {
        var update = new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString("N"),
                ["from"] = From(),
                ["message"] = new JsonObject
                {
                    ["message_id"] = messageId,
                    ["date"] = Now(),
                    ["chat"] = new JsonObject { ["id"] = groupId, ["type"] = "supergroup", ["title"] = "Moderators" },
                    ["text"] = "…",
                },
                ["chat_instance"] = "43",
                ["data"] = payload,
            },
        };
        api.EnqueueUpdate(update);
        return update;
    }

    /// <summary>Answers a native poll the bot sent, as Telegram reports it: the chosen options (none: the vote is withdrawn).</summary>
    public JsonObject AnswersPoll(string pollId, params int[] options)
    {
        var update = new JsonObject
        {
            ["poll_answer"] = new JsonObject
            {
                ["poll_id"] = pollId,
                ["user"] = From(),
                ["option_ids"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()),
            },
        };
        api.EnqueueUpdate(update);
        return update;
    }

    /// <summary>Presses the button with this payload on the latest bot message that shows it.</summary>
    public JsonObject Presses(string payload)
    {
        var carrier = api.Calls.LastOrDefault(c => c.ChatId == ChatId && c.Payloads.Contains(payload))
            ?? throw new InvalidOperationException($"No message to {ChatId} has a button '{payload}'.");
        return PressesOn(carrier.MessageId!.Value, payload);
    }

    /// <summary>Sends a button press as Telegram would, for any payload (a forged or stale one included).</summary>
    public JsonObject PressesOn(int messageId, string payload)
    {
        var update = new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString("N"),
                ["from"] = From(),
                ["message"] = new JsonObject
                {
                    ["message_id"] = messageId,
                    ["date"] = Now(),
                    ["chat"] = Chat(),
                    ["text"] = "…",
                },
                ["chat_instance"] = "42",
                ["data"] = payload,
            },
        };
        api.EnqueueUpdate(update);
        return update;
    }

    /// <summary>The bot's next message (or edit) in this chat.</summary>
    /// <summary>/start, a language, Accept: the person as every journey begins, up to the menu.</summary>
    public async Task<TelegramUser> OnboardAsync(string language)
    {
        Says("/start");
        await NextAsync();
        Presses($"{LanguageButtons.Prefix}:{language}");
        await NextAsync(c => c.Payloads.Contains(ConsentButtons.AcceptPayload));
        Presses(ConsentButtons.AcceptPayload);
        await NextAsync(c => c.Payloads.Contains("/idea"));
        return this;
    }

    public async Task<ApiCall> NextAsync(TimeSpan? timeout = null)
    {
        var call = await api.WaitForCallAsync(c => c.ChatId == ChatId && ChatMethods.Contains(c.Method), timeout, seen, $"a next message to {ChatId}");
        seen = call.Sequence;
        return call;
    }

    /// <summary>The bot's next message in this chat that matches, passing over the others.</summary>
    public async Task<ApiCall> NextAsync(Func<ApiCall, bool> match, TimeSpan? timeout = null, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(match))] string what = "")
    {
        var call = await api.WaitForCallAsync(c => c.ChatId == ChatId && ChatMethods.Contains(c.Method) && match(c), timeout, seen, $"a message to {ChatId} where {what}");
        seen = call.Sequence;
        return call;
    }

    /// <summary>Asserts the bot sends nothing more to this chat for a while.</summary>
    public async Task ExpectSilenceAsync(TimeSpan wait)
    {
        await Task.Delay(wait);
        var extra = api.Calls.FirstOrDefault(c => c.Sequence > seen && c.ChatId == ChatId && ChatMethods.Contains(c.Method));
        Assert.True(extra is null, $"Unexpected {extra?.Method}: {extra?.Text}");
    }

    /// <summary>Any message content, as Telegram would deliver it (a voice note, a location, a poll…).</summary>
    public JsonObject SendsContent(JsonObject content) => Sends(content);

    private JsonObject Sends(JsonObject content)
    {
        content["message_id"] = api.NextMessageId(id);
        content["date"] = Now();
        content["chat"] = Chat();
        content["from"] = From();
        var update = new JsonObject { ["message"] = content };
        api.EnqueueUpdate(update);
        return update;
    }

    private JsonObject From()
    {
        var from = new JsonObject { ["id"] = id, ["is_bot"] = false, ["first_name"] = firstName };
        if (lastName is not null)
        {
            from["last_name"] = lastName;
        }

        if (username is not null)
        {
            from["username"] = username;
        }

        if (languageCode is not null)
        {
            from["language_code"] = languageCode;
        }

        return from;
    }

    private JsonObject Chat() => new() { ["id"] = id, ["type"] = "private", ["first_name"] = firstName };

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
