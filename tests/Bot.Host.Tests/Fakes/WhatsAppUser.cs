using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// A person writing to the city's number on WhatsApp: what they do is posted to the bot's webhook exactly as Meta posts
/// it (entry[].changes[].value.messages[]), signed with the app secret; the bot's answers are read from the fake Cloud API.
/// </summary>
public sealed class WhatsAppUser(FakeCloudApi api, string webhookUrl, string waId, string name = "Anna")
{
    public const string AppSecret = TestSecrets.WhatsAppAppSecret;
    public const string VerifyToken = TestSecrets.WhatsAppVerifyToken;
    public const string BusinessAccountId = "102290129340398";
    private static readonly HttpClient Http = new();
    private static int nextId;
    private static int sentinels;
    private long seen;

    public string WaId => waId;

    public Task<HttpResponseMessage> Says(string text) => SendAsync("text", new JsonObject { ["text"] = new JsonObject { ["body"] = text } });

    /// <summary>Taps one of a message's reply buttons: WhatsApp sends its id and title.</summary>
    public Task<HttpResponseMessage> Taps(string id) => SendAsync("interactive", new JsonObject
    {
        ["interactive"] = new JsonObject { ["type"] = "button_reply", ["button_reply"] = new JsonObject { ["id"] = id, ["title"] = "…" } },
    });

    /// <summary>Picks a row of a list message.</summary>
    public Task<HttpResponseMessage> Picks(string id) => SendAsync("interactive", new JsonObject
    {
        ["interactive"] = new JsonObject { ["type"] = "list_reply", ["list_reply"] = new JsonObject { ["id"] = id, ["title"] = "…" } },
    });

    /// <summary>Sends a photo the fake Cloud API keeps under <paramref name="mediaId"/>.</summary>
    public Task<HttpResponseMessage> SendsPhoto(string mediaId, string? caption = null)
    {
        var image = new JsonObject { ["id"] = mediaId, ["mime_type"] = "image/jpeg", ["sha256"] = "abc" };
        if (caption is not null)
        {
            image["caption"] = caption;
        }

        return SendAsync("image", new JsonObject { ["image"] = image });
    }

    public Task<HttpResponseMessage> SendsLocation(double latitude, double longitude, string? name = null) => SendAsync("location", new JsonObject
    {
        ["location"] = new JsonObject { ["latitude"] = latitude, ["longitude"] = longitude, ["name"] = name },
    });

    public Task<HttpResponseMessage> SendsSticker() => SendAsync("sticker", new JsonObject { ["sticker"] = new JsonObject { ["id"] = "55", ["animated"] = false } });

    /// <summary>The bot's next message to this person.</summary>
    public async Task<CloudCall> NextAsync(TimeSpan? timeout = null)
    {
        var call = await api.WaitForAsync(c => c.Sequence > seen && c.To == waId && c.Type != null, timeout, $"a next message to {waId}");
        seen = call.Sequence;
        return call;
    }

    public async Task<CloudCall> NextAsync(Func<CloudCall, bool> match, TimeSpan? timeout = null, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(match))] string what = "")
    {
        var call = await api.WaitForAsync(c => c.Sequence > seen && c.To == waId && match(c), timeout, $"a message to {waId} where {what}");
        seen = call.Sequence;
        return call;
    }

    /// <summary>
    /// Sends a sentinel, a command the bot does not know with a name of its own, and waits for its answer (which names
    /// it): the webhook answers a call only once its updates are handled, in the order they come, and a chat's replies
    /// are sent in order, so once it is answered every reply written before it has been sent.
    /// </summary>
    public async Task<CloudCall> SentinelAsync()
    {
        var name = $"sentinel{Interlocked.Increment(ref sentinels)}";
        await Says("/" + name);
        var answer = await api.WaitForAsync(
            c => c.Sequence > seen && c.To == waId && c.Text?.Contains("/" + name, StringComparison.Ordinal) == true,
            what: $"the answer to the sentinel /{name} to {waId}");
        return answer;
    }

    /// <summary>Asserts the bot sent this person nothing more in answer to what came before: a sentinel's answer is the next message.</summary>
    public async Task ExpectSilenceAsync()
    {
        var from = seen;
        var answer = await SentinelAsync();
        var extra = api.Messages.Where(c => c.Sequence > from && c.Sequence < answer.Sequence && c.To == waId).ToList();
        Assert.True(extra.Count == 0, $"Unexpected to {waId}: {string.Join(" | ", extra.Select(c => c.Text))}");
        seen = answer.Sequence;
    }

    /// <summary>Everything sent to this person after the last message seen, for after the outbox was drained.</summary>
    public IReadOnlyList<CloudCall> Unseen() => api.Messages.Where(c => c.Sequence > seen && c.To == waId).ToList();

    /// <summary>Meta reporting that a message the bot sent could not be delivered.</summary>
    public Task<HttpResponseMessage> Failed(string messageId, int code, string title) => PostValueAsync(FailedStatus(messageId, code, title));

    /// <summary>The same, answered however the bot answers it.</summary>
    public Task<HttpResponseMessage> FailedRawAsync(string messageId, int code, string title)
    {
        var body = Body(FailedStatus(messageId, code, title)).ToJsonString();
        return PostRawAsync(webhookUrl, body, Sign(body));
    }

    private JsonObject FailedStatus(string messageId, int code, string title) => new()
    {
        ["statuses"] = new JsonArray(new JsonObject
        {
            ["id"] = messageId,
            ["status"] = "failed",
            ["timestamp"] = Now(),
            ["recipient_id"] = waId,
            ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["title"] = title, ["message"] = title }),
        }),
    };

    public static async Task<HttpResponseMessage> PostRawAsync(string webhookUrl, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhookUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;
        if (signature is not null)
        {
            request.Headers.Add("X-Hub-Signature-256", signature);
        }

        return await Http.SendAsync(request);
    }

    public static string Sign(string body) => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AppSecret), Encoding.UTF8.GetBytes(body)));

    /// <summary>A webhook body with one change whose value has these fields, for the business's number.</summary>
    public static JsonObject Body(JsonObject value, string phoneNumberId = FakeCloudApi.PhoneNumberId)
    {
        value["messaging_product"] = "whatsapp";
        value["metadata"] = new JsonObject { ["display_phone_number"] = "37126000000", ["phone_number_id"] = phoneNumberId };
        return new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = BusinessAccountId,
                ["changes"] = new JsonArray(new JsonObject { ["value"] = value, ["field"] = "messages" }),
            }),
        };
    }

    /// <summary>One message from this person, as the value of a change (with the contact's profile name), with a fresh id.</summary>
    public JsonObject Message(string type, JsonObject content)
    {
        content["from"] = waId;
        content["id"] = "wamid.in" + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
        content["timestamp"] = Now();
        content["type"] = type;
        return new JsonObject
        {
            ["contacts"] = new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["name"] = name }, ["wa_id"] = waId }),
            ["messages"] = new JsonArray(content),
        };
    }

    /// <summary>Posts a body signed as Meta signs it, and expects it taken.</summary>
    public async Task<HttpResponseMessage> PostValueAsync(JsonObject value)
    {
        var body = Body(value).ToJsonString();
        var response = await PostRawAsync(webhookUrl, body, Sign(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private Task<HttpResponseMessage> SendAsync(string type, JsonObject content) => PostValueAsync(Message(type, content));

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
