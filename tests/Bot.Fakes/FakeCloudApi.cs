using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenYCity.Bot.Fakes;

/// <summary>One request the bot made to the WhatsApp Cloud API: a message (its JSON), or a media upload.</summary>
public sealed record CloudCall(string Path, JsonObject Json)
{
    public long Sequence { get; init; }

    public string? Authorization { get; init; }

    /// <summary>An uploaded file's bytes, name and type.</summary>
    public byte[]? File { get; init; }

    public string? FileName { get; init; }

    public string? FileType { get; init; }

    /// <summary>The wamid the fake answered with, for statuses about it.</summary>
    public string? MessageId { get; init; }

    public string? To => Json["to"]?.GetValue<string>();

    /// <summary>text, interactive, image, document or template.</summary>
    public string? Type => Json["type"]?.GetValue<string>();

    /// <summary>button or list, for an interactive message.</summary>
    public string? InteractiveType => Json["interactive"]?["type"]?.GetValue<string>();

    /// <summary>What the person reads: a text's body, an interactive message's body, a photo's or a document's caption.</summary>
    public string? Text => Json["text"]?["body"]?.GetValue<string>()
        ?? Json["interactive"]?["body"]?["text"]?.GetValue<string>()
        ?? Json["image"]?["caption"]?.GetValue<string>()
        ?? Json["document"]?["caption"]?.GetValue<string>();

    /// <summary>The ids of the reply buttons or the list's rows: what tapping one sends back.</summary>
    public IReadOnlyList<string> Payloads => Choices().Select(c => c["id"]!.GetValue<string>()).ToList();

    public IReadOnlyList<string> Titles => Choices().Select(c => (c["title"] ?? c["reply"]!["title"])!.GetValue<string>()).ToList();

    /// <summary>The list's rows' descriptions (null where a row has none).</summary>
    public IReadOnlyList<string?> Descriptions => Choices().Select(c => c["description"]?.GetValue<string>()).ToList();

    /// <summary>The label of the button that opens a list.</summary>
    public string? ListButton => Json["interactive"]?["action"]?["button"]?.GetValue<string>();

    public string? ImageLink => Json["image"]?["link"]?.GetValue<string>();

    public string? ImageId => Json["image"]?["id"]?.GetValue<string>();

    public string? DocumentId => Json["document"]?["id"]?.GetValue<string>();

    public string? DocumentName => Json["document"]?["filename"]?.GetValue<string>();

    public string? TemplateName => Json["template"]?["name"]?.GetValue<string>();

    public string? TemplateLanguage => Json["template"]?["language"]?["code"]?.GetValue<string>();

    /// <summary>The template's body parameters' texts, in order.</summary>
    public IReadOnlyList<string> TemplateParameters =>
        (Json["template"]?["components"]?.AsArray() ?? []).Where(c => c!["type"]!.GetValue<string>() == "body")
            .SelectMany(c => c!["parameters"]!.AsArray()).Select(p => p!["text"]!.GetValue<string>()).ToList();

    private IEnumerable<JsonNode> Choices()
    {
        var action = Json["interactive"]?["action"];
        if (action?["buttons"] is JsonArray buttons)
        {
            return buttons.Select(b => b!["reply"]!);
        }

        return (action?["sections"]?.AsArray() ?? []).SelectMany(s => s!["rows"]!.AsArray()).Select(r => r!);
    }
}

/// <summary>
/// The WhatsApp Cloud API on 127.0.0.1 for tests: takes messages (POST /{version}/{phone-number-id}/messages) and media
/// uploads (…/media), and serves the media people sent (GET /{version}/{media-id}, then its address), only to a caller with
/// the access token (and, for the file itself, a User-Agent), as Meta does. A message outside Meta's limits (more than
/// three reply buttons, a title over 20 characters, a list over ten rows, a body over 1,024…) is refused with 131009, as
/// Meta refuses it, and the test fails when the fake stops.
/// </summary>
public sealed class FakeCloudApi : IAsyncDisposable
{
    public const string AccessToken = TestSecrets.WhatsAppToken;
    public const string PhoneNumberId = "106540352242922";

    private readonly WebApplication app;
    private readonly CallLog<CloudCall> calls = new("Cloud API", c => c.Sequence, c => $"{c.To}:{c.Type}({c.Text})");
    private readonly ConcurrentDictionary<string, (byte[] Content, string Type)> media = new();
    private readonly ConcurrentQueue<string> breaches = new();
    private long sequence;
    private int downloads;

    private FakeCloudApi(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyList<CloudCall> Calls => calls.All;

    /// <summary>Messages sent (not uploads), in order.</summary>
    public IReadOnlyList<CloudCall> Messages => calls.All.Where(c => c.Path.EndsWith("/messages", StringComparison.Ordinal)).ToList();

    /// <summary>How many media files were downloaded (with the token).</summary>
    public int Downloads => downloads;

    /// <summary>Answers a call instead of the default when it returns a result.</summary>
    public Func<CloudCall, IResult?>? Intercept { get; set; }

    /// <summary>While it says so, the media endpoints answer 503 (Meta having a bad moment).</summary>
    public Func<bool>? Unavailable { get; set; }

    /// <summary>A photo a person sent, as Meta keeps it for the business to download.</summary>
    public void AddMedia(string id, byte[] content, string type = "image/jpeg") => media[id] = (content, type);

    public static async Task<FakeCloudApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeCloudApi(app);
        app.MapPost("/{version}/{phone}/messages", async (HttpContext context, string version, string phone) =>
        {
            var json = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            var number = Interlocked.Increment(ref api.sequence);
            var call = new CloudCall($"/{version}/{phone}/messages", json)
            {
                Sequence = number,
                Authorization = context.Request.Headers.Authorization.ToString(),
                MessageId = "wamid.fake" + number.ToString(CultureInfo.InvariantCulture),
            };
            api.calls.Add(call);
            if (api.Intercept?.Invoke(call) is { } intercepted)
            {
                return intercepted;
            }

            if (Breach(json) is { } breach)
            {
                api.breaches.Enqueue($"{breach}: {json.ToJsonString()}");
                return Error(400, 131009, "(#131009) Parameter value is not valid", breach);
            }

            return call.Authorization != $"Bearer {AccessToken}" || phone != PhoneNumberId
                ? Error(401, 190, "Invalid OAuth access token.")
                : Results.Json(new
                {
                    messaging_product = "whatsapp",
                    contacts = new[] { new { input = call.To, wa_id = call.To } },
                    messages = new[] { new { id = call.MessageId } },
                });
        });
        app.MapPost("/{version}/{phone}/media", async (HttpContext context, string version, string phone) =>
        {
            var form = await context.Request.ReadFormAsync();
            var file = form.Files["file"];
            using var bytes = new MemoryStream();
            await file!.CopyToAsync(bytes);
            var number = Interlocked.Increment(ref api.sequence);
            var call = new CloudCall($"/{version}/{phone}/media", new JsonObject
            {
                ["messaging_product"] = form["messaging_product"].ToString(),
                ["type"] = form["type"].ToString(),
            })
            {
                Sequence = number,
                Authorization = context.Request.Headers.Authorization.ToString(),
                File = bytes.ToArray(),
                FileName = file.FileName,
                FileType = file.ContentType,
            };
            api.calls.Add(call);
            return api.Intercept?.Invoke(call) ?? Results.Json(new { id = "upload" + number.ToString(CultureInfo.InvariantCulture) });
        });
        app.MapGet("/{version}/{mediaId}", (HttpContext context, string version, string mediaId) =>
            api.Unavailable?.Invoke() == true ? Error(503, 131016, "Service unavailable")
            : context.Request.Headers.Authorization.ToString() != $"Bearer {AccessToken}" ? Error(401, 190, "Invalid OAuth access token.")
            : !api.media.TryGetValue(mediaId, out var found) ? Error(404, 100, "Unsupported get request.")
            : Results.Json(new
            {
                messaging_product = "whatsapp",
                url = $"{api.BaseUrl}/download/{mediaId}?token=signed",
                mime_type = found.Type,
                file_size = found.Content.Length,
                id = mediaId,
            }));
        app.MapGet("/download/{mediaId}", (HttpContext context, string mediaId) =>
        {
            if (context.Request.Headers.Authorization.ToString() != $"Bearer {AccessToken}" || string.IsNullOrWhiteSpace(context.Request.Headers.UserAgent))
            {
                return Results.StatusCode(401);
            }

            if (!api.media.TryGetValue(mediaId, out var found))
            {
                return Results.NotFound();
            }

            Interlocked.Increment(ref api.downloads);
            return Results.Bytes(found.Content, found.Type);
        });
        await app.StartAsync();
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return api;
    }

    /// <summary>What Meta would refuse in a message, or null: the limits of its documented message types.</summary>
    public static string? Breach(JsonObject json)
    {
        static int Length(JsonNode? node) => node?.GetValue<string>().Length ?? 0;
        switch (json["type"]?.GetValue<string>())
        {
            case "text":
                return Length(json["text"]?["body"]) is 0 or > 4096 ? "a text's body is empty or over 4,096 characters" : null;
            case "image" or "document":
                var file = json[json["type"]!.GetValue<string>()];
                return (file?["link"] ?? file?["id"]) is null ? "a file without a link or an id"
                    : Length(file?["caption"]) > 1024 ? "a caption over 1,024 characters" : null;
            case "template":
                var values = (json["template"]?["components"]?.AsArray() ?? []).SelectMany(c => c!["parameters"]!.AsArray()).Select(p => p!["text"]!.GetValue<string>()).ToList();
                return json["template"]?["name"] is null ? "a template without a name"
                    : values.Any(v => v.Length == 0 || v.Contains('\n') || v.Contains('\t') || v.Contains("     ", StringComparison.Ordinal)) ? "a template value that is empty, has a new line, a tab or more than four spaces in a row"
                    : values.Sum(v => v.Length) > 1024 ? "template values over 1,024 characters" : null;
            case "interactive":
                var interactive = json["interactive"]!;
                if (Length(interactive["body"]?["text"]) is 0 or > 1024)
                {
                    return "an interactive body empty or over 1,024 characters";
                }

                if (interactive["type"]?.GetValue<string>() == "button")
                {
                    var replies = interactive["action"]!["buttons"]!.AsArray().Select(b => b!["reply"]!).ToList();
                    var titles = replies.Select(r => r["title"]!.GetValue<string>()).ToList();
                    return replies.Count is 0 or > 3 ? "not one to three reply buttons"
                        : titles.Any(t => t.Length is 0 or > 20) ? "a reply button's title empty or over 20 characters"
                        : titles.Distinct().Count() != titles.Count ? "two reply buttons with the same title"
                        : replies.Any(r => Length(r["id"]) is 0 or > 256) ? "a reply button's id empty or over 256 characters" : null;
                }

                var rows = interactive["action"]!["sections"]!.AsArray().SelectMany(x => x!["rows"]!.AsArray()).ToList();
                return Length(interactive["action"]!["button"]) is 0 or > 20 ? "a list's button empty or over 20 characters"
                    : rows.Count is 0 or > 10 ? "not one to ten rows in a list"
                    : rows.Any(r => Length(r!["title"]) is 0 or > 24) ? "a row's title empty or over 24 characters"
                    : rows.Any(r => Length(r!["description"]) > 72) ? "a row's description over 72 characters"
                    : rows.Any(r => Length(r!["id"]) is 0 or > 200) ? "a row's id empty or over 200 characters" : null;
            default:
                return "a message of no type the Cloud API has";
        }
    }

    /// <summary>An error as the Cloud API answers one.</summary>
    public static IResult Error(int status, int code, string message, string? details = null) =>
        Results.Json(
            new
            {
                error = new
                {
                    message,
                    type = "OAuthException",
                    code,
                    error_data = new { messaging_product = "whatsapp", details = details ?? message },
                    fbtrace_id = "AbCdEf",
                },
            },
            statusCode: status);

    public Task<CloudCall> WaitForAsync(Func<CloudCall, bool> match, TimeSpan? timeout = null, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(match))] string what = "") =>
        calls.WaitForAsync(match, timeout, what);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        if (!breaches.IsEmpty)
        {
            throw new InvalidOperationException($"The bot sent what the Cloud API refuses: {string.Join(" | ", breaches)}");
        }

        TestSecrets.AssertNoneIn("a WhatsApp message", calls.All.Select(c => (c.Json.ToJsonString(), (IEnumerable<byte[]>)(c.File is { } f ? [f] : []))));
    }
}
