using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>One request the bot made to the translation server, whatever its address: as it came, and its body as JSON.</summary>
public sealed record LibreTranslateCall(string Method, string Path, string? ContentType, string Body)
{
    /// <summary>The body as a JSON object; null when it is not one.</summary>
    public JsonObject? Json
    {
        get
        {
            try
            {
                return JsonNode.Parse(Body) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }
}

/// <summary>
/// A LibreTranslate server on 127.0.0.1 for tests: records every request, and answers as it is told to: a translation
/// ("[target] q" until told otherwise), an error, any body at all, or nothing until the caller gives up.
/// </summary>
public sealed class FakeLibreTranslate : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<LibreTranslateCall> calls = new();
    private readonly CancellationTokenSource stopping = new();
    private volatile Func<LibreTranslateCall, CancellationToken, Task<IResult>> answer = Translated;
    private int abandoned;

    private FakeLibreTranslate(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyCollection<LibreTranslateCall> Calls => calls;

    /// <summary>Requests left hanging (<see cref="Hangs"/>) that their caller gave up on and closed.</summary>
    public int Abandoned => Volatile.Read(ref abandoned);

    public static async Task<FakeLibreTranslate> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeLibreTranslate(app);

        // Every address, so a request to the wrong one is recorded too rather than lost in a 404.
        app.Map("/{**path}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var call = new LibreTranslateCall(context.Request.Method, context.Request.Path, context.Request.ContentType, await reader.ReadToEndAsync(context.RequestAborted));
            server.calls.Enqueue(call);
            return await server.answer(call, context.RequestAborted);
        });
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return server;
    }

    /// <summary>Answers 200 with this translation, as LibreTranslate does.</summary>
    public void Translates(string translation) => answer = (_, _) => Task.FromResult(Results.Json(new { translatedText = translation }));

    /// <summary>Answers with LibreTranslate's error body: 400 (bad request), 403 (bad key), 429 (slow down), 500.</summary>
    public void Refuses(int status, string error) => answer = (_, _) => Task.FromResult(Results.Json(new { error }, statusCode: status));

    /// <summary>Answers 200 with this body, whatever it is.</summary>
    public void Answers(string contentType, string body) => answer = (_, _) => Task.FromResult(Results.Text(body, contentType));

    /// <summary>Answers nothing until the caller closes the connection or the server stops.</summary>
    public void Hangs() => answer = async (_, aborted) =>
    {
        // Waits for the one of the two that comes: the caller closing the request, or the server stopping.
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (aborted.Register(() => ended.TrySetResult()))
        using (stopping.Token.Register(() => ended.TrySetResult()))
        {
            await ended.Task;
        }

        if (aborted.IsCancellationRequested)
        {
            Interlocked.Increment(ref abandoned);
        }

        return Results.Empty;
    };

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private static Task<IResult> Translated(LibreTranslateCall call, CancellationToken aborted) =>
        Task.FromResult(Results.Json(new { translatedText = $"[{call.Json?["target"]}] {call.Json?["q"]}" }));
}
