using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenYCity.Bot.Fakes;

/// <summary>One request the bot made to the Graph API: its path, and its form fields or JSON body.</summary>
public sealed record GraphCall(string Path, IReadOnlyDictionary<string, string> Form)
{
    public long Sequence { get; init; }

    public JsonObject? Json { get; init; }

    public string? Authorization { get; init; }

    /// <summary>Uploaded files by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>Uploaded files' content types by name.</summary>
    public IReadOnlyDictionary<string, string> FileTypes { get; init; } = new Dictionary<string, string>();

    /// <summary>For a Send API call: the person it is addressed to.</summary>
    public string? RecipientId => Json?["recipient"]?["id"]?.GetValue<string>();

    public string? MessagingType => Json?["messaging_type"]?.GetValue<string>();

    public string? Tag => Json?["tag"]?.GetValue<string>();

    /// <summary>The text of a Send API message, whether plain, with quick replies, or in a button template.</summary>
    public string? Text => Json?["message"]?["text"]?.GetValue<string>() ?? Json?["message"]?["attachment"]?["payload"]?["text"]?.GetValue<string>();

    public string? ImageUrl => Json?["message"]?["attachment"]?["type"]?.GetValue<string>() == "image"
        ? Json["message"]!["attachment"]!["payload"]!["url"]!.GetValue<string>()
        : null;

    /// <summary>Quick replies' or template buttons' payloads.</summary>
    public IReadOnlyList<string> Payloads => Buttons().Select(b => b["payload"]!.GetValue<string>()).ToList();

    public IReadOnlyList<string> Titles => Buttons().Select(b => b["title"]!.GetValue<string>()).ToList();

    private IEnumerable<JsonNode> Buttons() =>
        (Json?["message"]?["quick_replies"]?.AsArray() ?? Json?["message"]?["attachment"]?["payload"]?["buttons"]?.AsArray() ?? []).Select(b => b!);
}

/// <summary>A Graph API server on 127.0.0.1 for tests: answers Page feed posts and records them.</summary>
public sealed class FakeGraphApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly CallLog<GraphCall> calls = new("Graph API", c => c.Sequence, c => $"{c.Path}({c.Text})");
    private int posts;
    private long sequence;

    private FakeGraphApi(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyList<GraphCall> Calls => calls.All;

    /// <summary>Answers a call instead of the default when it returns a result.</summary>
    public Func<GraphCall, IResult?>? Intercept { get; set; }

    public static async Task<FakeGraphApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeGraphApi(app);
        app.MapPost("/{version}/{pageId}/feed", async (HttpContext context, string version, string pageId) =>
        {
            var form = await context.Request.ReadFormAsync();
            var call = new GraphCall($"/{version}/{pageId}/feed", form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            api.calls.Add(call);
            return api.Intercept?.Invoke(call) ?? Results.Json(new { id = $"{pageId}_{Interlocked.Increment(ref api.posts)}" });
        });
        app.MapPost("/{version}/me/{edge}", async (HttpContext context, string version, string edge) =>
        {
            JsonObject? json;
            var files = new Dictionary<string, byte[]>();
            var types = new Dictionary<string, string>();
            if (context.Request.HasFormContentType)
            {
                // An attachment upload: the JSON parameters arrive as form fields, the file as filedata.
                var form = await context.Request.ReadFormAsync();
                json = new JsonObject();
                foreach (var (key, value) in form)
                {
                    json[key] = value.ToString().StartsWith('{') ? JsonNode.Parse(value.ToString()) : value.ToString();
                }

                foreach (var file in form.Files)
                {
                    using var bytes = new MemoryStream();
                    await file.CopyToAsync(bytes);
                    files[file.FileName] = bytes.ToArray();
                    types[file.FileName] = file.ContentType;
                }
            }
            else
            {
                json = (await JsonNode.ParseAsync(context.Request.Body))?.AsObject();
            }

            var call = new GraphCall($"/{version}/me/{edge}", new Dictionary<string, string>())
            {
                Json = json,
                Files = files,
                FileTypes = types,
                Authorization = context.Request.Headers.Authorization.ToString(),
                Sequence = Interlocked.Increment(ref api.sequence),
            };
            api.calls.Add(call);
            return api.Intercept?.Invoke(call) ?? (edge == "messages"
                ? Results.Json(new { recipient_id = call.RecipientId, message_id = $"m_{call.Sequence}" })
                : Results.Json(new { result = "success" }));
        });
        await app.StartAsync();
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return api;
    }

    public static IResult Error(int status, int code, string message) =>
        Results.Json(new { error = new { message, type = "OAuthException", code } }, statusCode: status);

    public static IResult Error(int status, int code, int subcode, string message) =>
        Results.Json(new { error = new { message, type = "OAuthException", code, error_subcode = subcode } }, statusCode: status);

    /// <summary>Send API calls (POST /me/messages), in order.</summary>
    public IReadOnlyList<GraphCall> Messages => calls.All.Where(c => c.Path.EndsWith("/me/messages", StringComparison.Ordinal)).OrderBy(c => c.Sequence).ToList();

    public Task<GraphCall> WaitForAsync(Func<GraphCall, bool> match, TimeSpan? timeout = null, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(match))] string what = "") =>
        calls.WaitForAsync(match, timeout, what);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        // What people and the Page's readers see: Send API messages and files, feed posts' text (the feed
        // call carries the Page token as a form field, as that endpoint takes it).
        TestSecrets.AssertNoneIn("a message sent through the Graph API", calls.All.Select(c =>
            (c.Json?["message"]?.ToJsonString() ?? (c.Form.TryGetValue("message", out var post) ? post : string.Empty), c.Files.Values.AsEnumerable())));
    }
}
