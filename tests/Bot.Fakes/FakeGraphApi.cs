using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenYCity.Bot.Fakes;

/// <summary>One request the bot made to the Graph API: its path and form fields.</summary>
public sealed record GraphCall(string Path, IReadOnlyDictionary<string, string> Form);

/// <summary>A Graph API server on 127.0.0.1 for tests: answers Page feed posts and records them.</summary>
public sealed class FakeGraphApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<GraphCall> calls = new();
    private int posts;

    private FakeGraphApi(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyCollection<GraphCall> Calls => calls;

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
            api.calls.Enqueue(call);
            return api.Intercept?.Invoke(call) ?? Results.Json(new { id = $"{pageId}_{Interlocked.Increment(ref api.posts)}" });
        });
        await app.StartAsync();
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return api;
    }

    public static IResult Error(int status, int code, string message) =>
        Results.Json(new { error = new { message, type = "OAuthException", code } }, statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
