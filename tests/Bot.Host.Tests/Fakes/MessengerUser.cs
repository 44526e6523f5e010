using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// A person writing to the Page on Messenger: their messages are posted to the bot's webhook exactly as
/// Facebook posts them, signed with the app secret; the bot's answers are read from the fake Graph API.
/// </summary>
public sealed class MessengerUser(FakeGraphApi graph, string webhookUrl, string psid)
{
    public const string AppSecret = TestSecrets.AppSecret;
    public const string VerifyToken = TestSecrets.VerifyToken;
    public const string PageId = "424242";
    private static readonly HttpClient Http = new();
    private static int nextMid;
    private static int sentinels;
    private long seen;

    public string Psid => psid;

    public Task<HttpResponseMessage> Says(string text) => PostAsync(Event(new JsonObject { ["message"] = Message(new JsonObject { ["text"] = text }) }));

    /// <summary>Taps a quick reply: Messenger sends its title as text and its payload.</summary>
    public Task<HttpResponseMessage> Taps(string payload) => PostAsync(Event(new JsonObject
    {
        ["message"] = Message(new JsonObject { ["text"] = "…", ["quick_reply"] = new JsonObject { ["payload"] = payload } }),
    }));

    /// <summary>A postback: the Get Started button, the persistent menu, a template button.</summary>
    public Task<HttpResponseMessage> PostsBack(string payload) => PostAsync(Event(new JsonObject
    {
        ["postback"] = new JsonObject { ["title"] = "…", ["payload"] = payload, ["mid"] = NextMid() },
    }));

    public Task<HttpResponseMessage> SendsPhoto(string url) => PostAsync(Event(new JsonObject
    {
        ["message"] = Message(new JsonObject
        {
            ["attachments"] = new JsonArray(new JsonObject { ["type"] = "image", ["payload"] = new JsonObject { ["url"] = url } }),
        }),
    }));

    public Task<HttpResponseMessage> SendsSticker() => PostAsync(Event(new JsonObject
    {
        ["message"] = Message(new JsonObject
        {
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["type"] = "image",
                ["payload"] = new JsonObject { ["url"] = "https://scontent.example/sticker.png", ["sticker_id"] = 369239263222822 },
            }),
        }),
    }));

    /// <summary>The bot's next Send API call to this person.</summary>
    public async Task<GraphCall> NextAsync(TimeSpan? timeout = null)
    {
        var call = await graph.WaitForAsync(c => c.Sequence > seen && c.RecipientId == psid, timeout, $"a next message to {psid}");
        seen = call.Sequence;
        return call;
    }

    public async Task<GraphCall> NextAsync(Func<GraphCall, bool> match, TimeSpan? timeout = null, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(match))] string what = "")
    {
        var call = await graph.WaitForAsync(c => c.Sequence > seen && c.RecipientId == psid && match(c), timeout, $"a message to {psid} where {what}");
        seen = call.Sequence;
        return call;
    }

    /// <summary>
    /// Sends a sentinel, a command the bot does not know with a name of its own, and waits for its answer (which
    /// names it). The webhook answers a call only once its updates are handled, and handles calls through one
    /// queue in the order they come; a chat's replies are sent one at a time in the order they were written.
    /// So once it is answered every reply to this person written before it has been sent.
    /// </summary>
    public async Task<GraphCall> SentinelAsync()
    {
        var name = $"sentinel{Interlocked.Increment(ref sentinels)}";
        await Says("/" + name);
        return await graph.WaitForAsync(
            c => c.Sequence > seen && c.RecipientId == psid && c.Text?.Contains("/" + name, StringComparison.Ordinal) == true,
            what: $"the answer to the sentinel /{name} to {psid}");
    }

    /// <summary>Asserts the bot sent this person nothing more in answer to what came before: a sentinel's answer is the next message.</summary>
    public async Task ExpectSilenceAsync()
    {
        var from = seen;
        var answer = await SentinelAsync();
        var extra = graph.Messages.Where(c => c.Sequence > from && c.Sequence < answer.Sequence && c.RecipientId == psid).ToList();
        Assert.True(extra.Count == 0, $"Unexpected to {psid}: {string.Join(" | ", extra.Select(c => c.Text))}");
        seen = answer.Sequence;
    }

    /// <summary>Asserts the bot has sent this person nothing since the last message seen; for after the outbox was drained.</summary>
    public void ExpectNoNewMessages()
    {
        var extra = graph.Messages.Where(c => c.Sequence > seen && c.RecipientId == psid).ToList();
        Assert.True(extra.Count == 0, $"Unexpected to {psid}: {string.Join(" | ", extra.Select(c => c.Text))}");
    }

    /// <summary>Posts a raw body with the given signature header (or none), for the refusal tests.</summary>
    public static async Task<HttpResponseMessage> PostRawAsync(string webhookUrl, string body, string? signature, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhookUrl) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        // A server that refuses a body (413) answers before it is sent, rather than cutting the upload off.
        request.Headers.ExpectContinue = true;
        if (signature is not null)
        {
            request.Headers.Add("X-Hub-Signature-256", signature);
        }

        return await Http.SendAsync(request);
    }

    public static string Sign(string body) => Sign(Encoding.UTF8.GetBytes(body));

    public static string Sign(byte[] body) => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AppSecret), body));

    /// <summary>Posts raw bytes, signed as they are: for bodies that are not valid UTF-8.</summary>
    public static async Task<HttpResponseMessage> PostBytesAsync(string webhookUrl, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Hub-Signature-256", Sign(body));
        return await Http.SendAsync(request);
    }

    public static JsonObject Body(params JsonObject[] messaging) => new()
    {
        ["object"] = "page",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["id"] = PageId,
            ["time"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["messaging"] = new JsonArray(messaging.Select(m => (JsonNode)m).ToArray()),
        }),
    };

    private async Task<HttpResponseMessage> PostAsync(JsonObject messaging)
    {
        var body = Body(messaging).ToJsonString();
        var response = await PostRawAsync(webhookUrl, body, Sign(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private JsonObject Event(JsonObject content)
    {
        content["sender"] = new JsonObject { ["id"] = psid };
        content["recipient"] = new JsonObject { ["id"] = PageId };
        content["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        return content;
    }

    private static JsonObject Message(JsonObject message)
    {
        message["mid"] = NextMid();
        return message;
    }

    private static string NextMid() => "m_" + Interlocked.Increment(ref nextMid).ToString(CultureInfo.InvariantCulture);
}
