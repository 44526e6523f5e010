using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenYCity.Bot.Fakes;

/// <summary>One call the bot made to the Bot API, with its parameters as JSON and any uploaded files.</summary>
public sealed record ApiCall(long Sequence, string Method, JsonObject Body, int? ResultMessageId)
{
    public IReadOnlyDictionary<string, byte[]> Files { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>When the call arrived, as a <see cref="System.Diagnostics.Stopwatch"/> timestamp.</summary>
    public long ReceivedAt { get; init; }

    /// <summary>The HTTP status the fake answered with (set once the answer is chosen).</summary>
    public int Status { get; internal set; } = 200;

    public bool IsSend => Method.ToLowerInvariant() is "sendmessage" or "sendphoto" or "senddocument" or "sendpoll";

    /// <summary>A message that reached its chat: a send the fake accepted.</summary>
    public bool IsDelivered => IsSend && Status == 200;

    public bool PaidBroadcast => Body["allow_paid_broadcast"]?.ToString() is "true" or "True";

    public string? ChatId => Body["chat_id"]?.ToString();

    public string? Text => Body["text"]?.GetValue<string>() ?? Body["caption"]?.GetValue<string>();

    public int? MessageId => Body["message_id"] is { } id ? int.Parse(id.ToString(), System.Globalization.CultureInfo.InvariantCulture) : ResultMessageId;

    public IReadOnlyList<string> Payloads => Keyboard().Select(b => b["callback_data"]!.GetValue<string>()).ToList();

    public IReadOnlyList<string> Labels => Keyboard().Select(b => b["text"]!.GetValue<string>()).ToList();

    private IEnumerable<JsonNode> Keyboard()
    {
        var markup = Body["reply_markup"] switch
        {
            JsonValue value when value.TryGetValue<string>(out var json) => JsonNode.Parse(json),
            var node => node,
        };
        return markup?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()).Select(b => b!) ?? [];
    }
}

/// <summary>
/// A Bot API server on 127.0.0.1 for tests: it queues updates for getUpdates (long polling, with
/// real offset semantics), answers the send and edit methods like Telegram, and records every call.
/// <see cref="Intercept"/> lets a test answer a call its own way, <see cref="Script"/> makes one chat's
/// next sends fail in chosen ways (429, 5xx, 403, a timeout), and <see cref="Limits"/> makes the server
/// refuse, with 429 and retry_after, sends that break Telegram's rate limits.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-token-for-the-fake-bot-api";
    public const long BotId = 123456;

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<JsonObject> queued = [];
    private readonly HashSet<JsonObject> redelivered = [];
    private int disposed;
    private readonly List<ApiCall> calls = [];
    private readonly ConcurrentDictionary<string, int> messageIds = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<IResult>> scripts = new();
    private readonly ConcurrentDictionary<string, long> firstDeliveries = new();
    private TaskCompletionSource changed = NewSignal();
    private int nextUpdateId = 5000;
    private bool holding;
    private long sequence;
    private int delivered;

    private FakeBotApi(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Answers a call instead of the default behaviour when it returns a result.</summary>
    public Func<ApiCall, IResult?>? Intercept { get; set; }

    /// <summary>Telegram's rate limits, enforced when set.</summary>
    public RateLimitModel? Limits { get; set; }

    /// <summary>Sends accepted so far: a cheap count to wait on under load.</summary>
    public int DeliveredCount => Volatile.Read(ref delivered);

    /// <summary>Chats that have been sent at least one message: a cheap count to wait on under load.</summary>
    public int ChatsReached => firstDeliveries.Count;

    /// <summary>The chat of the latest accepted send.</summary>
    public string? LastDeliveredChat { get; private set; }

    /// <summary>When a chat's first accepted send arrived (a Stopwatch timestamp), if it has had one.</summary>
    public long? FirstDeliveryTo(string chatId) => firstDeliveries.TryGetValue(chatId, out var at) ? at : null;

    /// <summary>Sends refused with 429 because they broke <see cref="Limits"/>.</summary>
    public int TooManyRequests => Calls.Count(c => c.Status == 429);

    /// <summary>The next sends to a chat get these answers, one each, before it is answered normally again.</summary>
    public void Script(string chatId, params IResult[] answers)
    {
        var queue = scripts.GetOrAdd(chatId, _ => new ConcurrentQueue<IResult>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    public IReadOnlyList<ApiCall> Calls
    {
        get
        {
            lock (gate)
            {
                return calls.ToList();
            }
        }
    }

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeBotApi(app);
        // One whole segment: a template such as "bot{token}" mis-splits tokens that contain "bot" themselves.
        app.MapPost("/{botToken}/{method}", (HttpContext context, string botToken, string method) => api.HandleAsync(context, botToken, method));
        await app.StartAsync();
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return api;
    }

    /// <summary>
    /// Holds the queued updates back from getUpdates until <see cref="ReleaseUpdates"/>, so that everything
    /// queued in between comes in one batch, as after a pause in polling.
    /// </summary>
    public void HoldUpdates()
    {
        lock (gate)
        {
            holding = true;
        }
    }

    public void ReleaseUpdates()
    {
        lock (gate)
        {
            holding = false;
            Signal();
        }
    }

    public int EnqueueUpdate(JsonObject update)
    {
        lock (gate)
        {
            var id = nextUpdateId++;
            update["update_id"] = id;
            queued.Add(update);
            Signal();
            return id;
        }
    }

    /// <summary>
    /// Queues an update exactly as given (same update_id), as Telegram does when it redelivers: it is offered
    /// once more even though the bot has confirmed it, as it would be after a restart before the bot's offset
    /// reached Telegram. (Queued as any other, it would be dropped as confirmed and the bot would never see it.)
    /// </summary>
    public void Redeliver(JsonObject update)
    {
        lock (gate)
        {
            var copy = JsonNode.Parse(update.ToJsonString())!.AsObject();
            queued.Add(copy);
            redelivered.Add(copy);
            Signal();
        }
    }

    public int NextMessageId(long chatId) => NextMessageId(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Message ids count per chat, as Telegram's do; a chat is a number or a channel's @username.</summary>
    public int NextMessageId(string chatId) => messageIds.AddOrUpdate(chatId, 1, (_, id) => id + 1);

    public async Task<ApiCall> WaitForCallAsync(
        Func<ApiCall, bool> match, TimeSpan? timeout = null, long after = 0, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(match))] string what = "")
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            Task wait;
            lock (gate)
            {
                var found = calls.FirstOrDefault(c => c.Sequence > after && match(c));
                if (found is not null)
                {
                    return found;
                }

                wait = changed.Task;
            }

            try
            {
                await wait.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No Bot API call matched {what}. Calls so far: {string.Join(", ", Calls.Select(c => $"{c.Method}({c.Text})"))}");
            }
        }
    }

    /// <summary>Stops the fake, once: a test may stop it early to cut the bot off Telegram.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await app.StopAsync();
        await app.DisposeAsync();
        // What the bot asked Telegram to show people: texts, captions, buttons, files. The token is in the
        // address of every call, as the Bot API wants it, and is not message content.
        TestSecrets.AssertNoneIn("a message sent through the Bot API", Calls.Where(c => c.Method.StartsWith("send", StringComparison.OrdinalIgnoreCase) || c.Method.StartsWith("edit", StringComparison.OrdinalIgnoreCase))
            .Select(c => (c.Body.ToJsonString(), c.Files.Values.AsEnumerable())));
    }

    private async Task<IResult> HandleAsync(HttpContext context, string botToken, string method)
    {
        if (botToken != "bot" + Token)
        {
            return Error(401, "Unauthorized");
        }

        var receivedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        var (body, files) = await ReadParametersAsync(context.Request);
        var sends = method.ToLowerInvariant() is "sendmessage" or "sendphoto" or "senddocument" or "sendpoll";
        var chatId = body["chat_id"]?.ToString();
        var call = Record(new ApiCall(0, method, body, sends && chatId is not null ? NextMessageId(chatId) : null) { Files = files, ReceivedAt = receivedAt });
        var refused = Intercept?.Invoke(call)
            ?? (sends && chatId is not null && scripts.TryGetValue(chatId, out var script) && script.TryDequeue(out var scripted) ? scripted : null)
            ?? (sends && chatId is not null ? Limits?.Refuse(chatId, call.PaidBroadcast, receivedAt) : null);
        if (refused is AnsweredLate late)
        {
            await late.Wait(context.RequestAborted);
            refused = null;
        }

        if (refused is not null)
        {
            lock (gate)
            {
                call.Status = refused is IStatusCodeHttpResult { StatusCode: { } code } ? code : 200;
                Signal();
            }

            return refused;
        }

        if (sends)
        {
            Interlocked.Increment(ref delivered);
            if (chatId is not null)
            {
                firstDeliveries.TryAdd(chatId, receivedAt);
                LastDeliveredChat = chatId;
            }
        }

        switch (method.ToLowerInvariant())
        {
            case "getupdates":
                return Ok(await NextUpdatesAsync(body, context.RequestAborted));
            case "getme":
                return Ok(new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "GenYCity", ["username"] = "genycity_test_bot" });
            case "sendmessage":
            case "sendphoto":
            case "senddocument":
                return Ok(SentMessage(call));
            case "sendpoll":
                return Ok(SentPoll(call));
            case "editmessagetext":
            case "editmessagereplymarkup":
                return Ok(EditedMessage(body));
            case "stoppoll":
                return Ok(new JsonObject { ["id"] = $"poll-{body["chat_id"]}-{body["message_id"]}", ["question"] = "…", ["options"] = new JsonArray(), ["total_voter_count"] = 0, ["is_closed"] = true, ["is_anonymous"] = false, ["type"] = "regular", ["allows_multiple_answers"] = false });
            case "deletewebhook":
            case "setmycommands":
            case "answercallbackquery":
                return Ok(true);
            default:
                return Error(404, "Not Found: method not found");
        }
    }

    private static JsonObject SentMessage(ApiCall call) => new()
    {
        ["message_id"] = call.ResultMessageId,
        ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["chat"] = Chat(call.ChatId!),
        ["text"] = call.Text ?? string.Empty,
    };

    /// <summary>A native poll: Telegram gives each sent poll an id of its own, which its answers carry.</summary>
    public static string PollIdOf(ApiCall call) => $"poll-{call.ChatId}-{call.ResultMessageId}";

    private static JsonObject SentPoll(ApiCall call)
    {
        var options = call.Body["options"] is JsonArray array ? array : JsonNode.Parse(call.Body["options"]!.ToString())!.AsArray();
        var message = SentMessage(call);
        message.Remove("text");
        message["poll"] = new JsonObject
        {
            ["id"] = PollIdOf(call),
            ["question"] = call.Body["question"]!.DeepClone(),
            ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["text"] = o!["text"]!.DeepClone(), ["voter_count"] = 0 }).ToArray()),
            ["total_voter_count"] = 0,
            ["is_closed"] = false,
            ["is_anonymous"] = call.Body["is_anonymous"]?.ToString() is "true" or "True",
            ["type"] = "regular",
            ["allows_multiple_answers"] = false,
        };
        return message;
    }

    private static JsonObject Chat(string chatId) => chatId.StartsWith('@')
        ? new JsonObject { ["id"] = -1001000000001, ["type"] = "channel", ["username"] = chatId[1..] }
        : new JsonObject { ["id"] = long.Parse(chatId, System.Globalization.CultureInfo.InvariantCulture), ["type"] = "private" };

    private static JsonObject EditedMessage(JsonObject body) => new()
    {
        ["message_id"] = body["message_id"]!.DeepClone(),
        ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["chat"] = Chat(body["chat_id"]!.ToString()),
        ["text"] = body["text"]?.DeepClone() ?? "",
    };

    private async Task<JsonArray> NextUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = body["offset"]?.GetValue<int>() ?? 0;
        var limit = body["limit"]?.GetValue<int>() ?? 100;
        var timeout = TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        cts.CancelAfter(timeout);
        while (true)
        {
            Task wait;
            lock (gate)
            {
                // Like Telegram: asking from an offset confirms every update before it (a redelivery is offered once).
                queued.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset && !redelivered.Contains(u));
                if (holding && !cts.IsCancellationRequested)
                {
                    wait = changed.Task;
                }
                else if (queued.Count > 0 || cts.IsCancellationRequested)
                {
                    var offered = holding ? [] : queued.Take(limit).ToList();
                    // Offered now: from here on a redelivery is confirmed as any other update.
                    offered.ForEach(u => redelivered.Remove(u));
                    return new JsonArray(offered.Select(u => (JsonNode)u.DeepClone()).ToArray());
                }
                else
                {
                    wait = changed.Task;
                }
            }

            try
            {
                await wait.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                // Timeout or the bot went away: answer with what there is.
            }
        }
    }

    private ApiCall Record(ApiCall unnumbered)
    {
        lock (gate)
        {
            var call = unnumbered with { Sequence = ++sequence };
            calls.Add(call);
            Signal();
            return call;
        }
    }

    private void Signal()
    {
        var previous = changed;
        changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task<(JsonObject Body, Dictionary<string, byte[]> Files)> ReadParametersAsync(HttpRequest request)
    {
        var files = new Dictionary<string, byte[]>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var (key, value) in form)
            {
                // Telegram.Bot sends nested parameters (reply_markup) as JSON text in form fields.
                fields[key] = value.ToString() is var text && text.StartsWith('{') ? JsonNode.Parse(text) : text;
            }

            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content);
                files[file.Name] = content.ToArray();
                fields[file.Name] = $"attach://{file.FileName}";
            }

            return (fields, files);
        }

        if (request.ContentLength is 0 || request.ContentType is null)
        {
            return ([], files);
        }

        return ((await JsonNode.ParseAsync(request.Body))?.AsObject() ?? [], files);
    }

    public static IResult Ok(JsonNode result) =>
        Results.Content(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");

    public static IResult TooManyRequestsError(int retryAfter) =>
        Error(429, $"Too Many Requests: retry after {retryAfter}", new JsonObject { ["retry_after"] = retryAfter });

    public static IResult BlockedError() => Error(403, "Forbidden: bot was blocked by the user");

    public static IResult ChatNotFoundError() => Error(400, "Bad Request: chat not found");

    public static IResult BadGatewayError() => Error(502, "Bad Gateway");

    /// <summary>The normal answer, after a delay (a slow network, a busy server), within the bot's patience.</summary>
    /// <summary>Answered normally once <paramref name="released"/> completes: the test decides when the bot hears back.</summary>
    public static IResult AnswerWhen(Task released) => new AnsweredLate(released.WaitAsync);

    /// <summary>No answer before the bot gives up waiting (then a normal answer, too late to matter).</summary>
    public static IResult Hang(TimeSpan delay) => new DelayedResult(delay, Ok(new JsonObject()));

    public static IResult Error(int code, string description, JsonObject? parameters = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (parameters is not null)
        {
            body["parameters"] = parameters;
        }

        return Results.Content(body.ToJsonString(), "application/json", statusCode: code);
    }
}

/// <summary>Marks a call to be answered normally, but only once the test's signal comes.</summary>
internal sealed class AnsweredLate(Func<CancellationToken, Task> wait) : IResult
{
    public Func<CancellationToken, Task> Wait => wait;

    public Task ExecuteAsync(HttpContext httpContext) => throw new InvalidOperationException("Answered by the fake Bot API itself.");
}

/// <summary>Answers after a delay, as an overloaded server does.</summary>
internal sealed class DelayedResult(TimeSpan delay, IResult then) : IResult, IStatusCodeHttpResult
{
    // Recorded as a timeout: the bot has stopped waiting by the time it comes.
    public int? StatusCode => 504;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        try
        {
            await Task.Delay(delay, httpContext.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await then.ExecuteAsync(httpContext);
    }
}
