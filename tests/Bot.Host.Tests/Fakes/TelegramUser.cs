using System.Globalization;
using System.Text.Json.Nodes;
using GenYCity.Bot.Domain.Onboarding;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>A person in a private chat with the bot, seen through the fake Bot API: what they send, what the bot answers.</summary>
public sealed class TelegramUser(FakeBotApi api, long id, string? languageCode = "en", string firstName = "Anna", string? lastName = null, string? username = null)
{
    private static readonly string[] ChatMethods = ["sendMessage", "sendPhoto", "sendDocument", "sendPoll", "editMessageText", "editMessageReplyMarkup"];
    private static int sentinels;
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

    /// <summary>The bot's next message (or edit) in this chat.</summary>
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

    /// <summary>
    /// Sends a sentinel, a command the bot does not know with a name of its own, and waits for its answer (which
    /// names it). The bot handles updates in the order they come (getUpdates batches, and the updates in each,
    /// one after another; webhook calls through one queue), so once it is answered every update sent before it,
    /// by anyone, has been handled. And a chat's replies are sent one at a time in the order they were written,
    /// so every reply to this chat written before it has been sent. It changes nothing but the person's last
    /// seen time and their message count; it is recorded as a processed update.
    /// </summary>
    public async Task<ApiCall> SentinelAsync()
    {
        var name = $"sentinel{Interlocked.Increment(ref sentinels)}";
        Says("/" + name);
        return await api.WaitForCallAsync(
            c => c.ChatId == ChatId && ChatMethods.Contains(c.Method) && c.Text?.Contains("/" + name, StringComparison.Ordinal) == true,
            after: seen,
            what: $"the answer to the sentinel /{name} in chat {ChatId}");
    }

    /// <summary>
    /// Asserts the bot sent this chat nothing more in answer to what came before: a sentinel's answer (see
    /// <see cref="SentinelAsync"/>) is the next message, with nothing between. For the replies to this chat; a
    /// broadcast or a job's message is ruled out by <see cref="RunningBot.OutboxDrainedAsync"/> and
    /// <see cref="ExpectNoNewMessages"/>.
    /// </summary>
    public async Task ExpectSilenceAsync()
    {
        var from = seen;
        var answer = await SentinelAsync();
        var extra = api.Calls.Where(c => c.Sequence > from && c.Sequence < answer.Sequence && c.ChatId == ChatId && ChatMethods.Contains(c.Method)).ToList();
        Assert.True(extra.Count == 0, $"Unexpected in chat {ChatId}: {string.Join(" | ", extra.Select(c => $"{c.Method}: {c.Text}"))}");
        seen = answer.Sequence;
    }

    /// <summary>Asserts the bot has sent this chat nothing since the last message seen; for after the outbox was drained.</summary>
    public void ExpectNoNewMessages()
    {
        var extra = api.Calls.Where(c => c.Sequence > seen && c.ChatId == ChatId && ChatMethods.Contains(c.Method)).ToList();
        Assert.True(extra.Count == 0, $"Unexpected in chat {ChatId}: {string.Join(" | ", extra.Select(c => $"{c.Method}: {c.Text}"))}");
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
